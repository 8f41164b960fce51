using Dapper;
using Klachten.BuildingBlocks.Infrastructure.Messaging;
using Klachten.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Klachten.IntegrationTests.Analysis;

public sealed class ReadModelTests(ApiFixture fixture) : AnalysisTestBase(fixture)
{
    private static readonly DateTimeOffset March2 = new(2026, 3, 2, 9, 30, 0, TimeSpan.FromHours(1));

    [Fact]
    public async Task A_complaint_taken_through_the_lifecycle_is_one_complete_fact_row_without_personal_data()
    {
        var id = await RunAsync(new Lifecycle(March2, ["Conduct", "Financial"], ReferralOutcome: "PartlyUpheld", Satisfied: false));
        await DeliveredAsync();

        await using var connection = await Db.OpenConnectionAsync();
        var row = await connection.QuerySingleAsync<(string Reference, DateOnly ReceivedOn, string[] Categories, string RootCause, string Outcome,
            string Officer, int DaysToDecision, string ReferralOutcome, bool Satisfied, string FileKey, string Agent)>("""
            SELECT reference, received_on, categories, root_cause, outcome, officer, days_to_decision, referral_outcome, complainant_satisfied,
                   file_key, collection_agent
            FROM analysis.complaint_facts WHERE complaint_id = @id
            """, new { id });
        Assert.Equal(new DateOnly(2026, 3, 2), row.ReceivedOn);
        Assert.Equal(["Conduct", "Financial"], row.Categories);
        Assert.Equal(("Communication", "WellFounded", "officer.devries", 5, "PartlyUpheld", false),
            (row.RootCause, row.Outcome, row.Officer, row.DaysToDecision, row.ReferralOutcome, row.Satisfied));
        Assert.Equal(Agent, row.Agent);
        Assert.DoesNotContain("D-2026-0042", row.FileKey);
        Assert.Equal(32, row.FileKey.Length);
        var everything = await FactsAsync();
        Assert.DoesNotContain("De Boer", everything, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("klager@example.org", everything);
        Assert.DoesNotContain("D-2026-0042", everything);
    }

    [Fact]
    public async Task Events_delivered_again_in_reverse_order_leave_the_same_rows()
    {
        await RunAsync(new Lifecycle(March2, ["Conduct"], ReferralOutcome: "Rejected"));
        await RunAsync(new Lifecycle(March2.AddDays(1), ["Financial", "LegalSubstance"], RootCause: "WrongAmount", Outcome: "Unfounded"));
        await DeliveredAsync();
        var live = await FactsAsync();

        // The same events once more, newest first: every older version arrives after a newer one.
        await using var connection = await Db.OpenConnectionAsync();
        var messages = (await connection.QueryAsync<(Guid Id, string EventType, string Payload)>("""
            SELECT id, event_type, payload::text FROM intake.outbox_messages
            UNION ALL SELECT id, event_type, payload::text FROM classification.outbox_messages
            UNION ALL SELECT id, event_type, payload::text FROM handling.outbox_messages
            """)).Reverse().ToList();
        var processor = Services.GetRequiredService<OutboxProcessor>();
        await connection.ExecuteAsync("TRUNCATE analysis.complaint_facts");
        foreach (var (messageId, eventType, payload) in messages)
        {
            await processor.DeliverAsync(Guid.NewGuid(), eventType, payload, CancellationToken.None);
            await processor.DeliverAsync(messageId, eventType, payload, CancellationToken.None);
        }

        Assert.Equal(live, await FactsAsync());
    }
}

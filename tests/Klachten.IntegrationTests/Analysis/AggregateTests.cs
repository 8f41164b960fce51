using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Dapper;
using Klachten.BuildingBlocks.Infrastructure.Messaging;
using Klachten.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Klachten.IntegrationTests.Analysis;

/// <summary>
/// The pre-aggregates (analysis.monthly_figures, file_key_counts, daily_counts; ADR 0016) that the triggers on the facts keep
/// incrementally must be what a computation from scratch over the facts gives, after inserts, changes and a rebuild.
/// </summary>
public sealed class AggregateTests(ApiFixture fixture) : AnalysisTestBase(fixture)
{
    private static readonly DateTimeOffset January12 = new(2026, 1, 12, 10, 0, 0, TimeSpan.FromHours(1));
    private static readonly DateTimeOffset February5 = new(2026, 2, 5, 9, 30, 0, TimeSpan.FromHours(1));
    private static readonly DateTimeOffset February20 = new(2026, 2, 20, 11, 0, 0, TimeSpan.FromHours(1));
    private static readonly DateTimeOffset March3 = new(2026, 3, 3, 14, 0, 0, TimeSpan.FromHours(1));

    [Fact]
    public async Task After_complaints_are_handled_the_aggregates_equal_a_computation_from_scratch()
    {
        await HandleFourComplaintsAsync();

        var kept = await AggregatesAsync();
        Assert.Contains("2026-02-01|category|Financial|2|", kept);
        Assert.Equal(await FromScratchAsync(), kept);
        Assert.Equal(await CategoriesFromFactsAsync(), await CategoriesFromAggregatesAsync());
    }

    [Fact]
    public async Task A_reclassification_and_a_later_decision_move_the_complaint_to_its_new_keys()
    {
        var id = await RunAsync(new Lifecycle(February5, ["Conduct"], Outcome: "WellFounded"));
        await DeliveredAsync();

        await ExpectAsync(HttpStatusCode.OK, QualityManager.PutAsJsonAsync($"/api/classification/complaints/{id}",
            new { categories = new[] { "Financial" }, rootCause = "WrongAmount", reason = "Het ging om de berekening." }, ApiJson.Options));
        await DeliveredAsync();
        await DeliverLaterDecisionAsync(id, "Unfounded");

        var kept = await AggregatesAsync();
        Assert.DoesNotContain("|category|Conduct|", kept);
        Assert.DoesNotContain("|outcome|WellFounded|", kept);
        Assert.DoesNotContain("|root_cause|Communication|", kept);
        Assert.Contains("2026-02-01|category|Financial|1|0|", kept);
        Assert.Contains("2026-02-01|outcome|Unfounded|1|0|", kept);
        Assert.Contains("2026-02-01|root_cause|WrongAmount|1|", kept);
        Assert.Equal(await FromScratchAsync(), kept);

        var year = await ExpectAsync(HttpStatusCode.OK, QualityManager.GetAsync("/api/analysis/years/2026"));
        var category = Assert.Single(year.GetProperty("current").GetProperty("categories").GetProperty("items").EnumerateArray());
        Assert.Equal(("Financial", 1, 0), (category.GetProperty("code").GetString(), category.GetProperty("complaints").GetInt64(),
            category.GetProperty("upheld").GetInt64()));
        Assert.Equal(0, year.GetProperty("current").GetProperty("outcomes").GetProperty("upheld").GetInt64());
    }

    [Fact]
    public async Task A_rebuild_refills_the_aggregates_as_live_delivery_left_them_and_emptying_the_facts_empties_them()
    {
        await HandleFourComplaintsAsync();
        var live = await AggregatesAsync();

        await RunJobAsync("analysis-rebuild-read-model");
        Assert.Equal(live, await AggregatesAsync());

        await using var connection = await Db.OpenConnectionAsync();
        await connection.ExecuteAsync("TRUNCATE analysis.complaint_facts");
        Assert.Equal("", await AggregatesAsync());
    }

    [Fact]
    public async Task A_period_cut_inside_months_counts_exactly_the_complaints_received_within_it()
    {
        await HandleFourComplaintsAsync();

        var cut = await ExpectAsync(HttpStatusCode.OK, QualityManager.GetAsync("/api/analysis/reports?from=2026-01-15&to=2026-03-02"));
        Assert.Equal(2, cut.GetProperty("received").GetInt64()); // 5 and 20 February, not 12 January nor 3 March
        var tail = await ExpectAsync(HttpStatusCode.OK, QualityManager.GetAsync("/api/analysis/reports?from=2026-02-10&to=2026-03-31"));
        Assert.Equal(2, tail.GetProperty("received").GetInt64()); // 20 February and 3 March
        Assert.Equal(["2026-02", "2026-03"], tail.GetProperty("months").EnumerateArray().Select(m => m.GetProperty("month").GetString()));
        Assert.Equal([1, 1], tail.GetProperty("months").EnumerateArray().Select(m => m.GetProperty("complaints").GetInt64()));
        var inside = await ExpectAsync(HttpStatusCode.OK, QualityManager.GetAsync("/api/analysis/reports?from=2026-02-06&to=2026-02-25"));
        Assert.Equal(1, inside.GetProperty("received").GetInt64()); // 20 February, in two categories
        Assert.Equal(["Financial", "LegalSubstance"],
            inside.GetProperty("categories").GetProperty("items").EnumerateArray().Select(c => c.GetProperty("code").GetString()));
    }

    private async Task HandleFourComplaintsAsync()
    {
        await RunAsync(new Lifecycle(January12, ["Conduct"]));
        await RunAsync(new Lifecycle(February5, ["Financial"], Outcome: "Unfounded", ReferralOutcome: "PartlyUpheld"));
        await RunAsync(new Lifecycle(February20, ["Financial", "LegalSubstance"], RootCause: "WrongAmount", DecideAfterDays: 20,
            FileNumber: "D-2026-0099"));
        await RunAsync(new Lifecycle(March3, ["ExecutionGeneral"], Close: false, Satisfied: false));
        await DeliveredAsync();
    }

    /// <summary>A ComplaintDecided with a later letter and another outcome, as a corrected decision would bring.</summary>
    private async Task DeliverLaterDecisionAsync(Guid id, string outcome)
    {
        await using var connection = await Db.OpenConnectionAsync();
        var (eventType, payload) = await connection.QuerySingleAsync<(string, string)>("""
            SELECT event_type, payload::text FROM handling.outbox_messages
            WHERE event_type LIKE '%ComplaintDecided%' AND payload->>'complaintId' = @Id
            """, new { Id = id.ToString() });
        var decided = JsonNode.Parse(payload)!.AsObject();
        decided["outcome"] = outcome;
        decided["decisionLetterSentAt"] = DateTimeOffset.Parse(decided["decisionLetterSentAt"]!.GetValue<string>(), CultureInfo.InvariantCulture).AddDays(1);
        decided["decisionLetterSentOn"] = DateOnly.Parse(decided["decisionLetterSentOn"]!.GetValue<string>(), CultureInfo.InvariantCulture).AddDays(1)
            .ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await Services.GetRequiredService<OutboxProcessor>().DeliverAsync(Guid.NewGuid(), eventType, decided.ToJsonString(), CancellationToken.None);
    }

    /// <summary>The three tables as text, rows that count something only (a row that fell to zero says nothing).</summary>
    private async Task<string> AggregatesAsync(Npgsql.NpgsqlConnection? within = null)
    {
        await using var owned = within is null ? await Db.OpenConnectionAsync() : null;
        var connection = within ?? owned!;
        var rows = await connection.QueryAsync<string>("""
            SELECT concat_ws('|', month, dimension, key, complaints, upheld, acknowledged, acknowledgement_breaches,
                             unacknowledged_breached, decided, settlement_breaches, undecided_breached, extended, referred,
                             referrals_concluded, closed, satisfied, multi_category, unclassified, term_decided, decided_in_time,
                             acknowledged_in_time, acknowledgement_settled)
            FROM analysis.monthly_figures WHERE complaints <> 0
            UNION ALL SELECT concat_ws('|', 'file', year, file_key, complaints) FROM analysis.file_key_counts WHERE complaints <> 0
            UNION ALL SELECT concat_ws('|', 'day', day, kind, complaints) FROM analysis.daily_counts WHERE complaints <> 0
            ORDER BY 1
            """);
        return string.Join("\n", rows);
    }

    /// <summary>The same tables recomputed from all the facts at once, in a transaction that is rolled back.</summary>
    private async Task<string> FromScratchAsync()
    {
        await using var connection = await Db.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await connection.ExecuteAsync("SELECT analysis.rebuild_figure_aggregates()", transaction: transaction);
        var rebuilt = await AggregatesAsync(connection);
        await transaction.RollbackAsync();
        return rebuilt;
    }

    /// <summary>Per month and category, complaints and upheld, straight from the facts (no aggregate, no contribution function).</summary>
    private async Task<string> CategoriesFromFactsAsync()
    {
        await using var connection = await Db.OpenConnectionAsync();
        return string.Join("\n", await connection.QueryAsync<string>("""
            SELECT concat_ws('|', date_trunc('month', received_on)::date, category, count(*),
                             count(*) FILTER (WHERE outcome IN ('WellFounded', 'PartlyWellFounded')))
            FROM analysis.complaint_facts, unnest(categories) AS category
            WHERE received_on IS NOT NULL
            GROUP BY date_trunc('month', received_on), category
            ORDER BY 1
            """));
    }

    private async Task<string> CategoriesFromAggregatesAsync()
    {
        await using var connection = await Db.OpenConnectionAsync();
        return string.Join("\n", await connection.QueryAsync<string>("""
            SELECT concat_ws('|', month, key, complaints, upheld) FROM analysis.monthly_figures
            WHERE dimension = 'category' AND complaints <> 0 ORDER BY 1
            """));
    }
}

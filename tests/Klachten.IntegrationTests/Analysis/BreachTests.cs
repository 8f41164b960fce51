using System.Net;
using Dapper;
using Klachten.IntegrationTests.Infrastructure;

namespace Klachten.IntegrationTests.Analysis;

public sealed class BreachTests(ApiFixture fixture) : AnalysisTestBase(fixture)
{
    [Fact]
    public async Task Breached_acknowledgement_and_settlement_terms_reach_the_read_model_and_count_against_the_shares()
    {
        var receivedAt = new DateTimeOffset(2026, 3, 2, 9, 30, 0, TimeSpan.FromHours(1));
        var id = await RunAsync(new Lifecycle(receivedAt, ["Conduct"], Acknowledge: false, DecideAfterDays: 20, Close: false));
        await DeliveredAsync();

        // The decision went out late on 22 March; the acknowledgement never did. Both sweeps record their breach.
        Clock.Set(new DateTimeOffset(2026, 3, 23, 9, 0, 0, TimeSpan.Zero));
        await RunJobAsync("intake-acknowledgement-deadlines");
        await DeliveredAsync();

        await using var connection = await Db.OpenConnectionAsync();
        Assert.NotNull(await connection.ExecuteScalarAsync<DateTime?>(
            "SELECT acknowledgement_breached_at FROM analysis.complaint_facts WHERE complaint_id = @id", new { id }));
        Assert.Equal(1, await connection.ExecuteScalarAsync<int>(
            "SELECT count(*) FROM intake.outbox_messages WHERE event_type LIKE '%AcknowledgementDeadlineBreached%'"));

        var report = await ExpectAsync(HttpStatusCode.OK, QualityManager.GetAsync("/api/analysis/reports?from=2026-03-01&to=2026-03-31"));
        var acknowledgement = report.GetProperty("terms").GetProperty("acknowledgement");
        Assert.Equal((1L, 0L, 1L, 0.0), (acknowledgement.GetProperty("breaches").GetInt64(), acknowledgement.GetProperty("inTime").GetInt64(),
            acknowledgement.GetProperty("notDoneBreached").GetInt64(), acknowledgement.GetProperty("shareInTime").GetDouble()));
        var settlement = report.GetProperty("terms").GetProperty("settlement");
        Assert.Equal((0L, 1L), (settlement.GetProperty("inTime").GetInt64(), settlement.GetProperty("late").GetInt64()));
        Assert.Equal(1, report.GetProperty("flows").GetProperty("openAtEnd").GetInt64());
        Assert.Empty((await ExpectAsync(HttpStatusCode.OK, QualityManager.GetAsync("/api/analysis/complaints"))).GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task A_settlement_breach_recorded_by_the_sweep_counts_for_an_undecided_complaint()
    {
        var receivedAt = new DateTimeOffset(2026, 3, 2, 9, 30, 0, TimeSpan.FromHours(1));
        Clock.Set(receivedAt.AddHours(1));
        var employee = CreateClient("employee.visser", Klachten.BuildingBlocks.Application.Roles.Employee);
        var registered = await ExpectAsync(HttpStatusCode.Created, System.Net.Http.Json.HttpClientJsonExtensions.PostAsJsonAsync(employee,
            "/api/intake/complaints", new
            {
                complainant = new { name = "J. de Boer", type = "Debtor", email = "klager@example.org" },
                channel = "Letter", receivedAt = "2026-03-02T09:30:00+01:00", description = "Geen reactie ontvangen.",
                requestedOutcome = "Een antwoord.",
            }, ApiJson.Options));
        var id = registered.GetProperty("id").GetGuid();
        await WaitForAsync("SELECT count(*) FROM handling.cases WHERE complaint_id = @id", id, "the case is opened");

        Clock.Set(new DateTimeOffset(2026, 3, 18, 9, 0, 0, TimeSpan.Zero));
        await RunJobAsync("handling-settlement-deadlines");
        await DeliveredAsync();

        var report = await ExpectAsync(HttpStatusCode.OK, QualityManager.GetAsync("/api/analysis/reports?from=2026-03-01&to=2026-03-31"));
        var settlement = report.GetProperty("terms").GetProperty("settlement");
        Assert.Equal((1L, 1L, 1L), (settlement.GetProperty("breaches").GetInt64(), settlement.GetProperty("notDoneBreached").GetInt64(),
            settlement.GetProperty("settled").GetInt64()));
        Assert.Equal(1, report.GetProperty("unclassified").GetInt64());
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using Klachten.BuildingBlocks.Application;
using Klachten.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Klachten.IntegrationTests.Analysis;

public sealed class FiguresTests(ApiFixture fixture) : AnalysisTestBase(fixture)
{
    private static readonly TimeSpan Winter = TimeSpan.FromHours(1);

    /// <summary>Three complaints in 2026 and one in 2025, all about the same collection file.</summary>
    private async Task HandleFourComplaintsAsync()
    {
        await RunAsync(new Lifecycle(new DateTimeOffset(2026, 1, 5, 10, 0, 0, Winter), ["Conduct", "Financial"], "Communication", "WellFounded",
            DecideAfterDays: 5, ReferralOutcome: "PartlyUpheld"));
        await RunAsync(new Lifecycle(new DateTimeOffset(2026, 2, 2, 10, 0, 0, Winter), ["Financial"], "WrongAmount", "Unfounded",
            DecideAfterDays: 20, Satisfied: false, Channel: "Email"));
        await RunAsync(new Lifecycle(new DateTimeOffset(2026, 2, 10, 10, 0, 0, Winter), ["Financial"], "WrongAmount", "PartlyWellFounded",
            DecideAfterDays: 14, Type: "Client", Officer: "officer.bakker"));
        await RunAsync(new Lifecycle(new DateTimeOffset(2025, 3, 3, 10, 0, 0, Winter), ["Conduct"], "Communication", "Unfounded"));
        await DeliveredAsync();
        Clock.Set(new DateTimeOffset(2026, 6, 1, 9, 0, 0, TimeSpan.Zero));
    }

    [Fact]
    public async Task The_year_shows_every_figure_of_its_handled_complaints_beside_the_previous_year()
    {
        await HandleFourComplaintsAsync();

        var year = await ExpectAsync(HttpStatusCode.OK, QualityManager.GetAsync("/api/analysis/years/2026"));
        var current = year.GetProperty("current");
        Assert.Equal(3, current.GetProperty("received").GetInt64());
        Assert.Equal(3, current.GetProperty("flows").GetProperty("closed").GetInt64());
        Assert.Equal(0, current.GetProperty("flows").GetProperty("openAtEnd").GetInt64());
        Assert.Equal(1, current.GetProperty("categories").GetProperty("multiCategory").GetInt64());
        Assert.Equal([("Financial", 3L), ("Conduct", 1L)], current.GetProperty("categories").GetProperty("items").EnumerateArray()
            .Select(c => (c.GetProperty("code").GetString()!, c.GetProperty("complaints").GetInt64())));
        Assert.Equal([("WrongAmount", 0.6667), ("Communication", 1.0)], current.GetProperty("rootCauses").EnumerateArray()
            .Select(c => (c.GetProperty("code").GetString()!, c.GetProperty("cumulativeShare").GetDouble())));
        Assert.Equal(0.6667, current.GetProperty("outcomes").GetProperty("shareUpheld").GetDouble());
        var settlement = current.GetProperty("terms").GetProperty("settlement");
        Assert.Equal((2L, 1L), (settlement.GetProperty("inTime").GetInt64(), settlement.GetProperty("late").GetInt64()));
        Assert.Equal(1.0, current.GetProperty("terms").GetProperty("acknowledgement").GetProperty("shareInTime").GetDouble());
        var days = current.GetProperty("daysToDecision");
        Assert.Equal((14.0, 20, 20), (days.GetProperty("median").GetDouble(), days.GetProperty("percentile90").GetInt32(),
            days.GetProperty("maximum").GetInt32()));
        var referrals = current.GetProperty("referrals");
        Assert.Equal((1L, 1.0), (referrals.GetProperty("referred").GetInt64(), referrals.GetProperty("shareFoundForComplainant").GetDouble()));
        Assert.Equal(0.6667, current.GetProperty("satisfaction").GetProperty("shareSatisfied").GetDouble());
        Assert.Equal((1L, 3L), (current.GetProperty("repeatFiles").GetProperty("files").GetInt64(),
            current.GetProperty("repeatFiles").GetProperty("complaints").GetInt64()));
        Assert.Equal(["officer.devries", "officer.bakker"], current.GetProperty("officers").EnumerateArray().Select(o => o.GetProperty("userName").GetString()));
        Assert.Equal("agent.jansen", Assert.Single(current.GetProperty("collectionAgents").EnumerateArray()).GetProperty("userName").GetString());
        Assert.Equal([1L, 2L, 0L], current.GetProperty("months").EnumerateArray().Take(3).Select(m => m.GetProperty("complaints").GetInt64()));
        Assert.Equal(12, current.GetProperty("months").GetArrayLength());

        Assert.Equal(1, year.GetProperty("previous").GetProperty("received").GetInt64());
        var total = year.GetProperty("trend").GetProperty("total");
        Assert.Equal((3L, 1L, 2L, 0.625, false), (total.GetProperty("current").GetInt64(), total.GetProperty("previous").GetInt64(),
            total.GetProperty("change").GetInt64(), total.GetProperty("pValue").GetDouble(), total.GetProperty("significant").GetBoolean()));
        Assert.Contains("Poisson", year.GetProperty("trend").GetProperty("test").GetString());
        Assert.Equal(JsonValueKind.Null, current.GetProperty("rates").ValueKind);
    }

    [Fact]
    public async Task Rates_per_thousand_files_appear_once_the_quality_manager_entered_the_files()
    {
        await HandleFourComplaintsAsync();
        await ExpectAsync(HttpStatusCode.OK, QualityManager.PutAsJsonAsync("/api/analysis/years/2026/files", new { files = "1500" }, ApiJson.Options));

        var year = await ExpectAsync(HttpStatusCode.OK, Management.GetAsync("/api/analysis/years/2026"));
        var rates = year.GetProperty("current").GetProperty("rates");
        Assert.Equal((1500, 2.0, 1.3), (rates.GetProperty("files").GetInt32(), rates.GetProperty("receivedPerThousandFiles").GetDouble(),
            rates.GetProperty("upheldPerThousandFiles").GetDouble()));
        await ExpectAsync(HttpStatusCode.Forbidden, Management.PutAsJsonAsync("/api/analysis/years/2026/files", new { files = "1" }, ApiJson.Options));
    }

    [Fact]
    public async Task A_period_report_counts_the_complaints_received_in_the_period()
    {
        await HandleFourComplaintsAsync();

        var report = await ExpectAsync(HttpStatusCode.OK, QualityManager.GetAsync("/api/analysis/reports?from=2026-02-01&to=2026-02-28"));
        Assert.Equal(2, report.GetProperty("received").GetInt64());
        Assert.Equal(0, report.GetProperty("flows").GetProperty("openAtStart").GetInt64()); // the January complaint was closed in January
        Assert.Equal(2, report.GetProperty("flows").GetProperty("closed").GetInt64());
        Assert.Equal("2026-02", Assert.Single(report.GetProperty("months").EnumerateArray()).GetProperty("month").GetString());
    }

    [Fact]
    public async Task A_rebuild_and_a_first_seed_give_the_same_read_model_and_figures_as_live_delivery()
    {
        await HandleFourComplaintsAsync();
        var liveFacts = await FactsAsync();
        var liveFigures = (await ExpectAsync(HttpStatusCode.OK, QualityManager.GetAsync("/api/analysis/years/2026"))).GetRawText();

        await using var connection = await Db.OpenConnectionAsync();
        await connection.ExecuteAsync("TRUNCATE analysis.complaint_facts");
        await RunJobAsync("analysis-rebuild-read-model");
        Assert.Equal(liveFacts, await FactsAsync());
        Assert.Equal(liveFigures, (await ExpectAsync(HttpStatusCode.OK, QualityManager.GetAsync("/api/analysis/years/2026"))).GetRawText());
        Assert.NotNull(await connection.ExecuteScalarAsync<DateTime?>("SELECT last_rebuilt_at FROM analysis.projection_state WHERE projection = 'Analysis'"));

        // A database that had complaints before Analysis was deployed: no rows, never seeded.
        await connection.ExecuteAsync("TRUNCATE analysis.complaint_facts, analysis.projection_state");
        Assert.True(await Services.GetRequiredService<IProjectionRebuilder>().SeedIfNeverSeededAsync("Analysis", CancellationToken.None));
        Assert.Equal(liveFacts, await FactsAsync());
        Assert.False(await Services.GetRequiredService<IProjectionRebuilder>().SeedIfNeverSeededAsync("Analysis", CancellationToken.None));
    }

    [Fact]
    public async Task Operations_asks_for_a_rebuild_as_a_Hangfire_job_and_nobody_else_may()
    {
        var accepted = await ExpectAsync(HttpStatusCode.Accepted, CreateClient("beheer", Roles.Operations).PostAsync("/api/analysis/rebuild", null));
        var jobId = accepted.GetProperty("jobId").GetString();
        await using var connection = await Db.OpenConnectionAsync();
        Assert.Equal(1, await connection.ExecuteScalarAsync<int>(
            "SELECT count(*) FROM hangfire.job WHERE id = @Id AND arguments::text LIKE '%analysis-rebuild-read-model%'", new { Id = long.Parse(jobId!) }));
        await ExpectAsync(HttpStatusCode.Forbidden, QualityManager.PostAsync("/api/analysis/rebuild", null));
    }
}

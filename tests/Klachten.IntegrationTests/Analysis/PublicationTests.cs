using System.Net;
using System.Net.Http.Json;
using Dapper;
using Klachten.IntegrationTests.Infrastructure;
using Klachten.Modules.Analysis.Contracts;
using Microsoft.Extensions.DependencyInjection;

namespace Klachten.IntegrationTests.Analysis;

public sealed class PublicationTests(ApiFixture fixture) : AnalysisTestBase(fixture)
{
    private static readonly TimeSpan Winter = TimeSpan.FromHours(1);
    private static readonly DateTimeOffset June = new(2026, 6, 1, 9, 0, 0, TimeSpan.Zero);

    private async Task HandleAsync(int day, string outcome = "WellFounded")
    {
        await RunAsync(new Lifecycle(new DateTimeOffset(2026, 1, day, 10, 0, 0, Winter), ["Financial"], "WrongAmount", outcome));
        await DeliveredAsync();
        Clock.Set(June);
    }

    private async Task<Guid> RecommendAsync(string text, string kind = "Training")
    {
        var added = await ExpectAsync(HttpStatusCode.Created, QualityManager.PostAsJsonAsync("/api/analysis/years/2026/recommendations",
            new { text, categories = new[] { "financial" }, rootCauses = new[] { "WrongAmount" }, suggestedKind = kind }, ApiJson.Options));
        Assert.Equal(["Financial"], added.GetProperty("categories").EnumerateArray().Select(c => c.GetString()));
        return added.GetProperty("id").GetGuid();
    }

    [Fact]
    public async Task A_published_version_stays_as_it_was_and_a_correction_is_a_new_version_with_a_reason()
    {
        await HandleAsync(5);
        var kept = await RecommendAsync("Train de medewerkers in het uitleggen van de kostenberekening.");
        var withdrawn = await RecommendAsync("Een idee dat niet doorgaat.", "Preventive");
        await ExpectAsync(HttpStatusCode.OK, QualityManager.DeleteAsync($"/api/analysis/years/2026/recommendations/{withdrawn}"));

        var first = await ExpectAsync(HttpStatusCode.Created, QualityManager.PostAsJsonAsync("/api/analysis/years/2026/publications", new { }, ApiJson.Options));
        Assert.Equal(1, first.GetProperty("version").GetInt32());
        Assert.Equal(kept, Assert.Single(first.GetProperty("recommendations").EnumerateArray()).GetProperty("recommendationId").GetGuid());
        var frozen = (await ExpectAsync(HttpStatusCode.OK, Management.GetAsync("/api/analysis/years/2026/publications/1"))).GetRawText();

        await HandleAsync(12, "Unfounded");
        await ExpectAsync(HttpStatusCode.OK, QualityManager.PutAsJsonAsync($"/api/analysis/years/2026/recommendations/{kept}",
            new { text = "Gewijzigde tekst.", suggestedKind = "Corrective" }, ApiJson.Options));

        var again = await ExpectAsync(HttpStatusCode.OK, Management.GetAsync("/api/analysis/years/2026/publications/1"));
        Assert.Equal(frozen, again.GetRawText());
        Assert.Equal(1, again.GetProperty("figures").GetProperty("current").GetProperty("received").GetInt64());
        Assert.Equal(2, (await ExpectAsync(HttpStatusCode.OK, Management.GetAsync("/api/analysis/years/2026"))).GetProperty("current")
            .GetProperty("received").GetInt64());

        var refused = await ExpectAsync(HttpStatusCode.UnprocessableEntity,
            QualityManager.PostAsJsonAsync("/api/analysis/years/2026/publications", new { }, ApiJson.Options));
        Assert.Equal("correction_reason_required", refused.GetProperty("code").GetString());
        var second = await ExpectAsync(HttpStatusCode.Created, QualityManager.PostAsJsonAsync("/api/analysis/years/2026/publications",
            new { correctionReason = "Een klacht van januari was nog niet afgehandeld." }, ApiJson.Options));
        Assert.Equal((2, 2L), (second.GetProperty("version").GetInt32(),
            second.GetProperty("figures").GetProperty("current").GetProperty("received").GetInt64()));
        Assert.Equal("Gewijzigde tekst.", second.GetProperty("recommendations")[0].GetProperty("text").GetString());
        Assert.Equal(kept, second.GetProperty("recommendations")[0].GetProperty("recommendationId").GetGuid());

        var versions = await ExpectAsync(HttpStatusCode.OK, Management.GetAsync("/api/analysis/years/2026/publications"));
        Assert.Equal([1, 2], versions.EnumerateArray().Select(v => v.GetProperty("version").GetInt32()));
        await ExpectAsync(HttpStatusCode.Forbidden, Management.PostAsJsonAsync("/api/analysis/years/2026/publications", new { }, ApiJson.Options));

        await using var connection = await Db.OpenConnectionAsync();
        var events = (await connection.QueryAsync<(int Version, string? Reason)>("""
            SELECT (payload->>'version')::int, payload->>'correctionReason' FROM analysis.outbox_messages
            WHERE event_type LIKE '%YearlyAnalysisPublished%' ORDER BY position
            """)).ToList();
        Assert.Equal([(1, null), (2, "Een klacht van januari was nog niet afgehandeld.")], events);
        await Assert.ThrowsAsync<Npgsql.PostgresException>(() => connection.ExecuteAsync("DELETE FROM analysis.yearly_publications"));
    }

    [Fact]
    public async Task A_first_version_with_a_reason_and_a_withdrawn_recommendation_changed_are_refused()
    {
        var id = await RecommendAsync("Tekst.");
        await ExpectAsync(HttpStatusCode.OK, QualityManager.DeleteAsync($"/api/analysis/years/2026/recommendations/{id}"));
        var conflict = await ExpectAsync(HttpStatusCode.Conflict, QualityManager.PutAsJsonAsync($"/api/analysis/years/2026/recommendations/{id}",
            new { text = "Nieuw.", suggestedKind = "Training" }, ApiJson.Options));
        Assert.Equal("recommendation_withdrawn", conflict.GetProperty("code").GetString());
        var unprocessable = await ExpectAsync(HttpStatusCode.UnprocessableEntity, QualityManager.PostAsJsonAsync("/api/analysis/years/2026/publications",
            new { correctionReason = "x" }, ApiJson.Options));
        Assert.Equal("nothing_to_correct", unprocessable.GetProperty("code").GetString());
        var bad = await ExpectAsync(HttpStatusCode.BadRequest, QualityManager.PostAsJsonAsync("/api/analysis/years/2026/recommendations",
            new { text = "", categories = new[] { "Nope" }, suggestedKind = "Magic" }, ApiJson.Options));
        var errors = bad.GetProperty("errors");
        Assert.True(errors.TryGetProperty("text", out _) && errors.TryGetProperty("suggestedKind", out _) && errors.TryGetProperty("categories[0]", out _),
            errors.GetRawText());
    }

    [Fact]
    public async Task A_saved_period_report_is_frozen_raises_its_event_and_other_modules_read_counts_and_summaries()
    {
        await HandleAsync(5);
        var saved = await ExpectAsync(HttpStatusCode.Created, QualityManager.PostAsJsonAsync("/api/analysis/reports/saved",
            new { from = "2026-01-01", to = "2026-03-31" }, ApiJson.Options));
        var id = saved.GetProperty("id").GetGuid();
        Assert.Equal("Klachtenrapportage 1 januari 2026 t/m 31 maart 2026", saved.GetProperty("title").GetString());
        await HandleAsync(12);
        var again = await ExpectAsync(HttpStatusCode.OK, Management.GetAsync($"/api/analysis/reports/saved/{id}"));
        Assert.Equal(1, again.GetProperty("figures").GetProperty("received").GetInt64());

        await using var scope = CreateScope();
        var summary = await scope.ServiceProvider.GetRequiredService<IPublishedAnalyses>().GetPeriodReportAsync(id, CancellationToken.None);
        Assert.Equal("1", summary!.KeyFigures.Single(k => k.Label == "Ontvangen klachten").Value);
        Assert.Null(await scope.ServiceProvider.GetRequiredService<IPublishedAnalyses>().GetYearlyAsync(2026, 1, CancellationToken.None));
        var count = await scope.ServiceProvider.GetRequiredService<IComplaintStatistics>().CountAsync(
            new ComplaintCountRequest(new DateOnly(2026, 1, 1), new DateOnly(2026, 1, 31), ["Financial"], []), CancellationToken.None);
        Assert.Equal((2, 2), (count.Received, count.Upheld));
        var none = await scope.ServiceProvider.GetRequiredService<IComplaintStatistics>().CountAsync(
            new ComplaintCountRequest(new DateOnly(2026, 1, 1), new DateOnly(2026, 1, 31), ["Conduct"], ["Communication"]), CancellationToken.None);
        Assert.Equal(0, none.Received);

        await using var connection = await Db.OpenConnectionAsync();
        Assert.Equal(1, await connection.ExecuteScalarAsync<int>(
            "SELECT count(*) FROM analysis.outbox_messages WHERE event_type LIKE '%PeriodReportSaved%' AND payload->>'reportId' = @id", new { id = id.ToString() }));
    }
}

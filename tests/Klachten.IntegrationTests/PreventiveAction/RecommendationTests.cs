using System.Net;
using System.Net.Http.Json;
using Dapper;
using Klachten.BuildingBlocks.Infrastructure.Messaging;
using Klachten.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Klachten.IntegrationTests.PreventiveAction;

public sealed class RecommendationTests(ApiFixture fixture) : PreventiveActionApiTest(fixture)
{
    [Fact]
    public async Task A_published_recommendation_becomes_a_proposal_with_one_call()
    {
        var (_, ids) = await PublishYearlyAnalysisAsync(2025, Recommendation(),
            Recommendation("Train de medewerkers in klantgericht reageren.", "Training", "Conduct", "Communication"));
        var (costs, training) = (ids[0], ids[1]);

        var open = await ExpectAsync(HttpStatusCode.OK, QualityManager.GetAsync($"{Api}/recommendations"));
        Assert.Equal(2, open.GetArrayLength());

        var created = await ExpectAsync(HttpStatusCode.Created, QualityManager.PostAsJsonAsync($"{Api}/measures",
            new { recommendationId = training }, ApiJson.Options));
        var measure = await GetMeasureAsync(created.GetProperty("id").GetGuid());
        Assert.Equal("Train de medewerkers in klantgericht reageren.", measure.GetProperty("title").GetString());
        Assert.Equal("Training", measure.GetProperty("kind").GetString());
        var addresses = measure.GetProperty("addresses");
        Assert.Equal(training, addresses.GetProperty("recommendationId").GetGuid());
        Assert.Equal((2025, 1), (addresses.GetProperty("analysisYear").GetInt32(), addresses.GetProperty("analysisVersion").GetInt32()));
        Assert.Equal(["Conduct"], addresses.GetProperty("categories").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(["Communication"], addresses.GetProperty("rootCauses").EnumerateArray().Select(c => c.GetString()));

        var left = await ExpectAsync(HttpStatusCode.OK, QualityManager.GetAsync($"{Api}/recommendations?year=2025"));
        Assert.Equal([costs], left.EnumerateArray().Select(r => r.GetProperty("recommendationId").GetGuid()));
        await ExpectRefusedAsync(HttpStatusCode.Conflict, "recommendation_taken", QualityManager.PostAsJsonAsync($"{Api}/measures",
            new { recommendationId = training }, ApiJson.Options));
    }

    [Fact]
    public async Task What_the_quality_manager_gives_overrides_what_the_recommendation_says()
    {
        var (_, ids) = await PublishYearlyAnalysisAsync(2025, Recommendation());
        var created = await ExpectAsync(HttpStatusCode.Created, QualityManager.PostAsJsonAsync($"{Api}/measures", new
        {
            recommendationId = ids[0],
            title = "Kostenopbouw in de eerste brief",
            kind = "ProcedureChange",
            categories = new[] { "Financial", "ExecutionGeneral" },
        }, ApiJson.Options));
        var measure = await GetMeasureAsync(created.GetProperty("id").GetGuid());
        Assert.Equal("Kostenopbouw in de eerste brief", measure.GetProperty("title").GetString());
        Assert.Equal("Leg de incassokosten in de eerste brief uit.", measure.GetProperty("description").GetString());
        Assert.Equal("ProcedureChange", measure.GetProperty("kind").GetString());
        Assert.Equal(["Financial", "ExecutionGeneral"],
            measure.GetProperty("addresses").GetProperty("categories").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(["WrongAmount"],
            measure.GetProperty("addresses").GetProperty("rootCauses").EnumerateArray().Select(c => c.GetString()));
    }

    [Fact]
    public async Task A_publication_delivered_again_stores_nothing_twice_and_a_correction_updates_the_open_recommendation()
    {
        var (_, ids) = await PublishYearlyAnalysisAsync(2025, Recommendation());
        string payload;
        await using (var connection = await Db.OpenConnectionAsync())
        {
            payload = await connection.ExecuteScalarAsync<string>(
                "SELECT payload::text FROM analysis.outbox_messages WHERE event_type LIKE '%YearlyAnalysisPublished%'") ?? "";
        }

        // The same event again, under another message id (as after a crash between delivery and its bookkeeping).
        await Services.GetRequiredService<OutboxProcessor>().DeliverAsync(Guid.NewGuid(),
            IntegrationEventSerializer.TypeName(typeof(Klachten.Modules.Analysis.Contracts.YearlyAnalysisPublished)), payload,
            CancellationToken.None);
        Assert.Equal(1, await CountAsync("SELECT count(*) FROM preventive_action.recommendations"));

        await ExpectAsync(HttpStatusCode.OK, QualityManager.PutAsJsonAsync($"/api/analysis/years/2025/recommendations/{ids[0]}", new
        {
            text = "Leg de kosten uit in de eerste brief en op de website.",
            categories = new[] { "Financial" },
            rootCauses = new[] { "WrongAmount" },
            suggestedKind = "Preventive",
        }, ApiJson.Options));
        var (version, _) = await PublishYearlyAnalysisAsync(2025);
        Assert.Equal(2, version);
        var open = Assert.Single((await ExpectAsync(HttpStatusCode.OK,
            QualityManager.GetAsync($"{Api}/recommendations"))).EnumerateArray());
        Assert.Equal(ids[0], open.GetProperty("recommendationId").GetGuid());
        Assert.Equal("Leg de kosten uit in de eerste brief en op de website.", open.GetProperty("text").GetString());
        Assert.Equal(2, open.GetProperty("analysisVersion").GetInt32());
    }

    [Fact]
    public async Task Recommendations_are_for_the_quality_manager_and_management()
    {
        await ExpectAsync(HttpStatusCode.OK, Management.GetAsync($"{Api}/recommendations"));
        await ExpectAsync(HttpStatusCode.Forbidden, OwnerClient.GetAsync($"{Api}/recommendations"));
        await ExpectAsync(HttpStatusCode.BadRequest, QualityManager.GetAsync($"{Api}/recommendations?year=abc"));
    }
}

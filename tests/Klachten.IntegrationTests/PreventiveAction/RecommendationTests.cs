using System.Net;
using System.Net.Http.Json;
using Klachten.IntegrationTests.Infrastructure;
using Klachten.Modules.Analysis.Contracts;

namespace Klachten.IntegrationTests.PreventiveAction;

public sealed class RecommendationTests(ApiFixture fixture) : PreventiveActionApiTest(fixture)
{
    [Fact]
    public async Task A_published_recommendation_becomes_a_proposal_with_one_call()
    {
        var costs = Recommendation();
        var training = Recommendation("Train de medewerkers in klantgericht reageren.", MeasureKind.Training, "service", "attitude");
        await PublishYearlyAnalysisAsync(2025, 1, costs, training);

        var open = await ExpectAsync(HttpStatusCode.OK, QualityManager.GetAsync($"{Api}/recommendations"));
        Assert.Equal(2, open.GetArrayLength());

        var created = await ExpectAsync(HttpStatusCode.Created, QualityManager.PostAsJsonAsync($"{Api}/measures",
            new { recommendationId = training.RecommendationId }, ApiJson.Options));
        var measure = await GetMeasureAsync(created.GetProperty("id").GetGuid());
        Assert.Equal("Train de medewerkers in klantgericht reageren.", measure.GetProperty("title").GetString());
        Assert.Equal("Training", measure.GetProperty("kind").GetString());
        var addresses = measure.GetProperty("addresses");
        Assert.Equal(training.RecommendationId, addresses.GetProperty("recommendationId").GetGuid());
        Assert.Equal((2025, 1), (addresses.GetProperty("analysisYear").GetInt32(), addresses.GetProperty("analysisVersion").GetInt32()));
        Assert.Equal(["service"], addresses.GetProperty("categories").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(["attitude"], addresses.GetProperty("rootCauses").EnumerateArray().Select(c => c.GetString()));

        var left = await ExpectAsync(HttpStatusCode.OK, QualityManager.GetAsync($"{Api}/recommendations?year=2025"));
        Assert.Equal([costs.RecommendationId], left.EnumerateArray().Select(r => r.GetProperty("recommendationId").GetGuid()));
        await ExpectRefusedAsync(HttpStatusCode.Conflict, "recommendation_taken", QualityManager.PostAsJsonAsync($"{Api}/measures",
            new { recommendationId = training.RecommendationId }, ApiJson.Options));
    }

    [Fact]
    public async Task What_the_quality_manager_gives_overrides_what_the_recommendation_says()
    {
        var costs = Recommendation();
        await PublishYearlyAnalysisAsync(2025, 1, costs);
        var created = await ExpectAsync(HttpStatusCode.Created, QualityManager.PostAsJsonAsync($"{Api}/measures", new
        {
            recommendationId = costs.RecommendationId,
            title = "Kostenopbouw in de eerste brief",
            kind = "ProcedureChange",
            categories = new[] { "costs", "letters" },
        }, ApiJson.Options));
        var measure = await GetMeasureAsync(created.GetProperty("id").GetGuid());
        Assert.Equal("Kostenopbouw in de eerste brief", measure.GetProperty("title").GetString());
        Assert.Equal("Leg de incassokosten in de eerste brief uit.", measure.GetProperty("description").GetString());
        Assert.Equal("ProcedureChange", measure.GetProperty("kind").GetString());
        Assert.Equal(["costs", "letters"],
            measure.GetProperty("addresses").GetProperty("categories").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(["unclear-letter"],
            measure.GetProperty("addresses").GetProperty("rootCauses").EnumerateArray().Select(c => c.GetString()));
    }

    [Fact]
    public async Task A_publication_delivered_again_stores_nothing_twice_and_a_correction_updates_the_open_recommendation()
    {
        var costs = Recommendation();
        await PublishYearlyAnalysisAsync(2025, 1, costs);
        await PublishYearlyAnalysisAsync(2025, 1, costs);
        Assert.Equal(1, await CountAsync("SELECT count(*) FROM preventive_action.recommendations"));

        await PublishYearlyAnalysisAsync(2025, 2, costs with { Text = "Leg de kosten uit in de eerste brief en op de website." });
        var open = Assert.Single((await ExpectAsync(HttpStatusCode.OK,
            QualityManager.GetAsync($"{Api}/recommendations"))).EnumerateArray());
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

using System.Net;
using System.Net.Http.Json;
using Klachten.IntegrationTests.Infrastructure;

namespace Klachten.IntegrationTests.PreventiveAction;

public sealed class MeasureConcurrencyTests(ApiFixture fixture) : PreventiveActionApiTest(fixture)
{
    [Fact]
    public async Task Proposals_at_the_same_moment_get_distinct_references_without_gaps()
    {
        var ids = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => ProposeAsync()));
        var references = new List<string>();
        foreach (var id in ids)
        {
            references.Add((await GetMeasureAsync(id)).GetProperty("reference").GetString()!);
        }

        Assert.Equal(Enumerable.Range(1, 8).Select(n => $"PM-2026-{n:D3}"), references.Order());
    }

    [Fact]
    public async Task Two_rejections_at_the_same_moment_give_one_decision_and_one_409()
    {
        var id = await ProposeAsync();
        var responses = await Task.WhenAll(
            Management.PostAsJsonAsync(Measure(id, "/decision"), new { decision = "Rejected", reasoning = "Eerste." }, ApiJson.Options),
            Management.PostAsJsonAsync(Measure(id, "/decision"), new { decision = "Rejected", reasoning = "Tweede." }, ApiJson.Options));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], responses.Select(r => r.StatusCode).Order());
        var conflict = responses.Single(r => r.StatusCode == HttpStatusCode.Conflict);
        var code = (await conflict.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("code").GetString();
        Assert.Contains(code, new[] { "measure_not_proposed", "concurrency_conflict" });
        var details = await GetMeasureAsync(id);
        Assert.Single(details.GetProperty("history").EnumerateArray(), h => h.GetProperty("step").GetString() == "Decided");
    }
}

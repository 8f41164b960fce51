using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Dapper;
using Klachten.BuildingBlocks.Application;
using Klachten.IntegrationTests.Infrastructure;

namespace Klachten.IntegrationTests.Analysis;

/// <summary>
/// ADR 0018 for the quality manager's draft: a recommendation and a year's number of files carry their version as ETag, the
/// recommendations list the draft's version; a change (or a publication) with a stale If-Match is a 412 and changes nothing.
/// </summary>
public sealed class AnalysisETagTests(ApiFixture fixture) : AnalysisTestBase(fixture)
{
    private const string Year = "/api/analysis/years/2026";

    private HttpClient SecondQualityManager => CreateClient("qm.dekker", Roles.QualityManager);

    private static string Recommendation(Guid id) => $"{Year}/recommendations/{id}";

    private async Task<Guid> RecommendAsync(string text)
    {
        var added = await ExpectAsync(HttpStatusCode.Created, QualityManager.PostAsJsonAsync($"{Year}/recommendations",
            new { text, categories = new[] { "Financial" }, suggestedKind = "Training" }, ApiJson.Options));
        Assert.Equal(1, added.GetProperty("version").GetInt32());
        return added.GetProperty("id").GetGuid();
    }

    [Fact]
    public async Task Two_quality_managers_read_a_recommendation_and_the_second_change_or_withdrawal_with_the_old_ETag_is_412()
    {
        var id = await RecommendAsync("Leg de kostenberekening beter uit.");
        var firstRead = await QualityManager.GetAsync(Recommendation(id));
        var secondRead = await SecondQualityManager.GetAsync(Recommendation(id));
        Assert.Equal(HttpStatusCode.OK, firstRead.StatusCode);
        Assert.Equal("\"1\"", firstRead.Headers.ETag?.Tag);
        Assert.Equal(firstRead.Headers.ETag?.Tag, secondRead.Headers.ETag?.Tag);

        var changed = await Send(QualityManager, HttpMethod.Put, Recommendation(id),
            new { text = "Eerste wijziging.", suggestedKind = "Corrective" }, firstRead.Headers.ETag!.Tag);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal("\"2\"", changed.Headers.ETag?.Tag);
        Assert.Equal(2, (await changed.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("version").GetInt32());
        Assert.Equal(2, await RecommendationVersionAsync(id));

        await ExpectStaleAsync(Send(SecondQualityManager, HttpMethod.Put, Recommendation(id),
            new { text = "Tweede wijziging.", suggestedKind = "Preventive" }, secondRead.Headers.ETag!.Tag));
        await ExpectStaleAsync(Send(SecondQualityManager, HttpMethod.Delete, Recommendation(id), null, secondRead.Headers.ETag.Tag));
        Assert.Equal(2, await RecommendationVersionAsync(id));
        await using (var connection = await Db.OpenConnectionAsync())
        {
            var row = await connection.QuerySingleAsync<(string Text, string Kind, DateTimeOffset? WithdrawnAt)>(
                "SELECT text, suggested_kind, withdrawn_at FROM analysis.recommendations WHERE id = @id", new { id });
            Assert.Equal(("Eerste wijziging.", "Corrective", (DateTimeOffset?)null), row);
        }

        // Read again, the withdrawal goes through and answers the new version.
        var fresh = (await SecondQualityManager.GetAsync(Recommendation(id))).Headers.ETag!.Tag;
        Assert.Equal("\"2\"", fresh);
        var withdrawn = await Send(SecondQualityManager, HttpMethod.Delete, Recommendation(id), null, fresh);
        Assert.Equal(HttpStatusCode.OK, withdrawn.StatusCode);
        Assert.Equal("\"3\"", withdrawn.Headers.ETag?.Tag);
        Assert.Equal(3, await RecommendationVersionAsync(id));
    }

    [Fact]
    public async Task The_list_shows_each_recommendations_version_and_answers_the_drafts_version_which_every_change_raises()
    {
        var empty = await QualityManager.GetAsync($"{Year}/recommendations");
        Assert.Equal("\"0\"", empty.Headers.ETag?.Tag);
        var first = await RecommendAsync("Eerste aanbeveling.");
        var second = await RecommendAsync("Tweede aanbeveling.");
        await ExpectAsync(HttpStatusCode.OK, QualityManager.PutAsJsonAsync(Recommendation(second),
            new { text = "Tweede, gewijzigd.", suggestedKind = "Training" }, ApiJson.Options));

        var list = await Management.GetAsync($"{Year}/recommendations");
        var body = await list.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();
        var versions = body.EnumerateArray().ToDictionary(r => r.GetProperty("id").GetGuid(), r => r.GetProperty("version").GetInt32());
        Assert.Equal(new Dictionary<Guid, int> { [first] = 1, [second] = 2 }, versions);
        Assert.Equal("\"3\"", list.Headers.ETag?.Tag);

        await ExpectAsync(HttpStatusCode.OK, QualityManager.DeleteAsync(Recommendation(first)));
        Assert.Equal("\"4\"", (await Management.GetAsync($"{Year}/recommendations")).Headers.ETag?.Tag);
        Assert.Equal(HttpStatusCode.NotFound, (await Management.GetAsync(Recommendation(Guid.NewGuid()))).StatusCode);
    }

    [Fact]
    public async Task Publishing_with_the_ETag_of_a_draft_changed_since_is_412_and_publishes_nothing()
    {
        var id = await RecommendAsync("Zoals gelezen.");
        var read = (await QualityManager.GetAsync($"{Year}/recommendations")).Headers.ETag!.Tag;
        await ExpectAsync(HttpStatusCode.OK, SecondQualityManager.PutAsJsonAsync(Recommendation(id),
            new { text = "Intussen gewijzigd.", suggestedKind = "Training" }, ApiJson.Options));

        await ExpectStaleAsync(Send(QualityManager, HttpMethod.Post, $"{Year}/publications", new { }, read));
        await using (var connection = await Db.OpenConnectionAsync())
        {
            Assert.Equal(0, await connection.ExecuteScalarAsync<int>("SELECT count(*) FROM analysis.yearly_publications"));
            Assert.Equal(0, await connection.ExecuteScalarAsync<int>(
                "SELECT count(*) FROM analysis.outbox_messages WHERE event_type LIKE '%YearlyAnalysisPublished%'"));
        }

        var fresh = (await QualityManager.GetAsync($"{Year}/recommendations")).Headers.ETag!.Tag;
        var published = await Send(QualityManager, HttpMethod.Post, $"{Year}/publications", new { }, fresh);
        Assert.Equal(HttpStatusCode.Created, published.StatusCode);
        Assert.Equal(fresh, published.Headers.ETag?.Tag);
        var body = await published.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();
        Assert.Equal("Intussen gewijzigd.", body.GetProperty("recommendations")[0].GetProperty("text").GetString());
    }

    [Fact]
    public async Task Two_quality_managers_enter_the_years_number_of_files_and_the_second_with_the_old_ETag_is_412()
    {
        var none = await QualityManager.GetAsync($"{Year}/files");
        Assert.Equal(HttpStatusCode.OK, none.StatusCode);
        Assert.Equal("\"0\"", none.Headers.ETag?.Tag);
        Assert.Equal(System.Text.Json.JsonValueKind.Null,
            (await none.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("files").ValueKind);
        var secondRead = (await SecondQualityManager.GetAsync($"{Year}/files")).Headers.ETag!.Tag;

        var entered = await Send(QualityManager, HttpMethod.Put, $"{Year}/files", new { files = "12000" }, none.Headers.ETag!.Tag);
        Assert.Equal(HttpStatusCode.OK, entered.StatusCode);
        Assert.Equal("\"1\"", entered.Headers.ETag?.Tag);

        // The second first entry, on what was "no number yet", is refused and leaves the first one's number.
        await ExpectStaleAsync(Send(SecondQualityManager, HttpMethod.Put, $"{Year}/files", new { files = "9000" }, secondRead));
        Assert.Equal((12000, 1, "qm.smit"), await FileCountAsync());

        var fresh = await SecondQualityManager.GetAsync($"{Year}/files");
        Assert.Equal("\"1\"", fresh.Headers.ETag?.Tag);
        Assert.Equal(12000, (await fresh.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("files").GetInt32());
        var corrected = await Send(SecondQualityManager, HttpMethod.Put, $"{Year}/files", new { files = "9000" }, fresh.Headers.ETag!.Tag);
        Assert.Equal(HttpStatusCode.OK, corrected.StatusCode);
        Assert.Equal("\"2\"", corrected.Headers.ETag?.Tag);
        Assert.Equal((9000, 2, "qm.dekker"), await FileCountAsync());

        // Without If-Match the change applies to what is there now, and answers the new version.
        var unguarded = await QualityManager.PutAsJsonAsync($"{Year}/files", new { files = "9500" }, ApiJson.Options);
        Assert.Equal(HttpStatusCode.OK, unguarded.StatusCode);
        Assert.Equal("\"3\"", unguarded.Headers.ETag?.Tag);
        Assert.Equal("\"3\"", (await Management.GetAsync($"{Year}/files")).Headers.ETag?.Tag);
    }

    private static async Task ExpectStaleAsync(Task<HttpResponseMessage> call)
    {
        var problem = await ExpectAsync(HttpStatusCode.PreconditionFailed, call);
        Assert.Equal(ResourceVersionRules.StaleVersion, problem.GetProperty("code").GetString());
    }

    private async Task<int> RecommendationVersionAsync(Guid id)
    {
        await using var connection = await Db.OpenConnectionAsync();
        return await connection.ExecuteScalarAsync<int>("SELECT version FROM analysis.recommendations WHERE id = @id", new { id });
    }

    private async Task<(int Files, int Version, string EnteredBy)> FileCountAsync()
    {
        await using var connection = await Db.OpenConnectionAsync();
        return await connection.QuerySingleAsync<(int, int, string)>(
            "SELECT files, version, entered_by FROM analysis.yearly_file_counts WHERE year = 2026");
    }

    private static Task<HttpResponseMessage> Send(HttpClient client, HttpMethod method, string url, object? body, string ifMatch)
    {
        var request = new HttpRequestMessage(method, url)
        {
            Content = body is null ? null : JsonContent.Create(body, options: ApiJson.Options),
        };
        request.Headers.IfMatch.Add(new EntityTagHeaderValue(ifMatch));
        return client.SendAsync(request);
    }
}

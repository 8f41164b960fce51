using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Dapper;
using Klachten.BuildingBlocks.Application;
using Klachten.IntegrationTests.Handling;
using Klachten.IntegrationTests.Infrastructure;

namespace Klachten.IntegrationTests.Intake;

/// <summary>ADR 0018 for Intake's complaint and Classification's classification: ETag on read and change, 412 for a stale If-Match.</summary>
public sealed class IntakeETagTests(ApiFixture fixture) : HandlingApiTest(fixture)
{
    [Fact]
    public async Task Two_officers_read_a_complaint_one_acknowledges_and_the_others_stale_acknowledgement_is_412_and_changes_nothing()
    {
        var id = await RegisterAndAssignAsync();
        await Eventually(async () => (await OfficerClient.GetAsync($"/api/intake/complaints/{id}")).IsSuccessStatusCode,
            "Intake knows the handling officer");
        var officerRead = await OfficerClient.GetAsync($"/api/intake/complaints/{id}");
        var managerRead = await QualityManager.GetAsync($"/api/intake/complaints/{id}");
        Assert.Equal($"\"{await ComplaintVersionAsync(id)}\"", officerRead.Headers.ETag?.Tag);
        Assert.Equal(officerRead.Headers.ETag?.Tag, managerRead.Headers.ETag?.Tag);

        var acknowledged = await ExpectOkAsync(Post(OfficerClient, $"/api/intake/complaints/{id}/acknowledgement", new { channel = "Letter" },
            officerRead.Headers.ETag!.Tag));
        Assert.Equal($"\"{await ComplaintVersionAsync(id)}\"", acknowledged.Headers.ETag?.Tag);
        var before = await ComplaintVersionAsync(id);

        await ExpectRefusedAsync(HttpStatusCode.PreconditionFailed, ResourceVersionRules.StaleVersion,
            Post(QualityManager, $"/api/intake/complaints/{id}/acknowledgement", new { channel = "Email" }, managerRead.Headers.ETag!.Tag));
        Assert.Equal(before, await ComplaintVersionAsync(id));
        await using var connection = await Db.OpenConnectionAsync();
        Assert.Equal(Officer, await connection.ExecuteScalarAsync<string>("SELECT acknowledged_by FROM intake.complaints WHERE id = @id", new { id }));
        Assert.Equal(1, await connection.ExecuteScalarAsync<int>(
            "SELECT count(*) FROM intake.correspondence WHERE complaint_id = @id AND kind = 'Acknowledgement' AND status <> 'Draft'", new { id }));
    }

    [Fact]
    public async Task Two_quality_managers_read_a_classification_one_changes_it_and_the_others_stale_change_is_412_and_changes_nothing()
    {
        var id = await RegisterAsync();
        await Eventually(async () => (await QualityManager.GetAsync($"/api/classification/complaints/{id}")).IsSuccessStatusCode,
            "Classification knows the complaint");
        var other = CreateClient("qm.dejong", Roles.QualityManager);
        var first = (await QualityManager.GetAsync($"/api/classification/complaints/{id}")).Headers.ETag!.Tag;
        var second = (await other.GetAsync($"/api/classification/complaints/{id}")).Headers.ETag!.Tag;
        Assert.Equal("\"0\"", first);
        Assert.Equal(first, second);

        var classified = await ExpectOkAsync(Put(QualityManager, $"/api/classification/complaints/{id}", new { categories = new[] { "Conduct" } }, first));
        Assert.Equal("\"1\"", classified.Headers.ETag?.Tag);

        await ExpectRefusedAsync(HttpStatusCode.PreconditionFailed, ResourceVersionRules.StaleVersion,
            Put(other, $"/api/classification/complaints/{id}", new { categories = new[] { "Financial" } }, second));
        var now = await ExpectAsync(HttpStatusCode.OK, QualityManager.GetAsync($"/api/classification/complaints/{id}"));
        Assert.Equal(1, now.GetProperty("version").GetInt32());
        Assert.Equal("Conduct", Assert.Single(now.GetProperty("categories").EnumerateArray()).GetString());
    }

    private async Task<int> ComplaintVersionAsync(Guid id)
    {
        await using var connection = await Db.OpenConnectionAsync();
        return await connection.ExecuteScalarAsync<int>("SELECT version FROM intake.complaints WHERE id = @id", new { id });
    }

    private static async Task<HttpResponseMessage> ExpectOkAsync(Task<HttpResponseMessage> call)
    {
        var response = await call;
        Assert.True(response.IsSuccessStatusCode, $"Expected success, got {response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return response;
    }

    private static Task<HttpResponseMessage> Post(HttpClient client, string url, object body, string ifMatch) =>
        client.SendAsync(WithIfMatch(new HttpRequestMessage(HttpMethod.Post, url), body, ifMatch));

    private static Task<HttpResponseMessage> Put(HttpClient client, string url, object body, string ifMatch) =>
        client.SendAsync(WithIfMatch(new HttpRequestMessage(HttpMethod.Put, url), body, ifMatch));

    private static HttpRequestMessage WithIfMatch(HttpRequestMessage request, object body, string ifMatch)
    {
        request.Content = JsonContent.Create(body, options: ApiJson.Options);
        request.Headers.IfMatch.Add(new EntityTagHeaderValue(ifMatch));
        return request;
    }
}

using System.Net;
using System.Text;
using System.Text.Json;
using Klachten.BuildingBlocks.Application;
using Klachten.IntegrationTests.Infrastructure;

namespace Klachten.IntegrationTests.Foundation;

public sealed class ProblemDetailsTests(ApiFixture fixture) : ApiTest(fixture)
{
    private async Task<(HttpResponseMessage Response, JsonElement Body, string Raw)> PostRawAsync(string json)
    {
        using var client = CreateClient("anna", Roles.Employee);
        var response = await client.PostAsync("/api/intake/complaints", new StringContent(json, Encoding.UTF8, "application/json"));
        var raw = await response.Content.ReadAsStringAsync();
        return (response, JsonDocument.Parse(raw).RootElement.Clone(), raw);
    }

    [Fact]
    public async Task Malformed_JSON_is_a_400_problem_without_a_stack_trace()
    {
        var (response, body, raw) = await PostRawAsync("{\"complainant\": {\"name\": ");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(400, body.GetProperty("status").GetInt32());
        Assert.DoesNotContain("   at ", raw, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", raw, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_value_of_the_wrong_JSON_type_is_a_400_naming_the_field_without_the_servers_type_names()
    {
        var (response, body, raw) = await PostRawAsync("{\"complainant\": \"not an object\"}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(body.GetProperty("errors").TryGetProperty("complainant", out _), body.ToString());
        Assert.DoesNotContain("Klachten.", raw, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Text_with_a_NUL_character_is_a_400_naming_the_field_and_nothing_is_stored()
    {
        var (response, body, _) = await PostRawAsync("""
            {"complainant":{"name":"J. de Vries","type":"Debtor","email":"j@example.com"},"channel":"Phone",
             "receivedAt":"2026-03-02T09:30:00+01:00","description":"Onbeleefd\u0000behandeld.","requestedOutcome":"Excuses."}
            """);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("NUL", body.GetProperty("errors").GetProperty("description")[0].GetString(), StringComparison.Ordinal);
        await using var connection = await Db.OpenConnectionAsync();
        await using var count = new Npgsql.NpgsqlCommand("SELECT count(*) FROM intake.complaints", connection);
        Assert.Equal(0L, await count.ExecuteScalarAsync());
    }

    [Theory]
    [InlineData("\\u001b[31m")] // an escape sequence
    [InlineData("\\u0008")]
    [InlineData("\\u0085")]
    [InlineData("\\u007f")]
    public async Task Text_with_another_control_character_is_a_400_naming_the_field(string escaped)
    {
        var (response, body, _) = await PostRawAsync($$"""
            {"complainant":{"name":"J. de{{escaped}} Vries","type":"Debtor","email":"j@example.com"},"channel":"Phone",
             "receivedAt":"2026-03-02T09:30:00+01:00","description":"Onbeleefd behandeld.","requestedOutcome":"Excuses."}
            """);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("control character", body.GetProperty("errors").GetProperty("complainant.name")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tabs_and_line_breaks_in_a_text_are_kept()
    {
        var (response, _, raw) = await PostRawAsync("""
            {"complainant":{"name":"J. de Vries","type":"Debtor","email":"j@example.com"},"channel":"Phone",
             "receivedAt":"2026-03-02T09:30:00+01:00","description":"Regel een\r\nRegel\ttwee","requestedOutcome":"Excuses."}
            """);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        await using var connection = await Db.OpenConnectionAsync();
        await using var read = new Npgsql.NpgsqlCommand("SELECT description FROM intake.complaints", connection);
        Assert.Equal("Regel een\r\nRegel\ttwee", await read.ExecuteScalarAsync());
    }

    [Fact]
    public async Task The_frameworks_refusals_have_the_same_shape_as_the_applications()
    {
        using var operations = CreateClient("beheer", Roles.Operations);
        using var qm = CreateClient("kees", Roles.QualityManager);

        var byPolicy = await operations.GetAsync("/api/intake/complaints");          // the role policy refuses
        var byApplication = await qm.GetAsync($"/api/intake/complaints/{Guid.NewGuid()}"); // the application does not find it
        var noRoute = await qm.GetAsync("/api/intake/nothing-here");

        foreach (var (response, status, title) in new[] { (byPolicy, 403, "Forbidden"), (byApplication, 404, "Not Found"), (noRoute, 404, "Not Found") })
        {
            var raw = await response.Content.ReadAsStringAsync();
            Assert.Equal(status, (int)response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            var problem = JsonDocument.Parse(raw).RootElement;
            Assert.Equal(title, problem.GetProperty("title").GetString());
            Assert.False(string.IsNullOrEmpty(problem.GetProperty("detail").GetString()), raw);
            Assert.True(problem.TryGetProperty("traceId", out _), raw);
        }
    }

    [Fact]
    public async Task An_empty_body_is_a_400_asking_for_a_JSON_body()
    {
        using var client = CreateClient("anna", Roles.Employee);
        var response = await client.PostAsync("/api/intake/complaints", new StringContent("", Encoding.UTF8, "application/json"));
        var raw = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(JsonDocument.Parse(raw).RootElement.GetProperty("errors").TryGetProperty("body", out _), raw);
        Assert.DoesNotContain("Service", raw, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_rule_broken_in_the_domain_is_a_409_with_a_stable_code()
    {
        using var client = CreateClient("jansen", Roles.QualityManager);
        var registered = await client.PostAsync("/api/intake/complaints", new StringContent("""
            {"complainant":{"name":"J. de Vries","type":"Debtor","email":"j@example.com"},"channel":"Phone",
             "receivedAt":"2026-03-02T09:30:00+01:00","description":"Onbeleefd behandeld.","requestedOutcome":"Excuses."}
            """, Encoding.UTF8, "application/json"));
        var id = JsonDocument.Parse(await registered.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetGuid();
        var acknowledge = new StringContent("{\"channel\":\"Email\"}", Encoding.UTF8, "application/json");

        var first = await client.PostAsync($"/api/intake/complaints/{id}/acknowledgement", acknowledge);
        var second = await client.PostAsync($"/api/intake/complaints/{id}/acknowledgement", new StringContent("{\"channel\":\"Email\"}", Encoding.UTF8, "application/json"));

        Assert.True(first.IsSuccessStatusCode, await first.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal("application/problem+json", second.Content.Headers.ContentType?.MediaType);
        Assert.Equal("already_acknowledged", JsonDocument.Parse(await second.Content.ReadAsStringAsync()).RootElement.GetProperty("code").GetString());
    }
}

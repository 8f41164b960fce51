using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Klachten.BuildingBlocks.Application;
using Klachten.IntegrationTests.Infrastructure;

namespace Klachten.IntegrationTests.Foundation;

/// <summary>Errors a user makes by accident, answered so that a screen can show them.</summary>
public sealed class ScreenErrorsTests(ApiFixture fixture) : ApiTest(fixture)
{
    [Fact]
    public async Task A_JSON_syntax_error_says_where_and_blames_no_field()
    {
        using var client = CreateClient("anna", Roles.Employee);

        var response = await client.PostAsync("/api/intake/complaints",
            new StringContent("{\n  \"channel\": \"Phone\",\n}", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("malformed_json", problem.GetProperty("code").GetString());
        Assert.Equal(3, problem.GetProperty("line").GetInt32());
        Assert.Contains("line 3", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.False(problem.TryGetProperty("errors", out _), problem.ToString());
    }

    [Fact]
    public async Task A_body_date_in_the_wrong_form_names_the_field_and_the_form_expected()
    {
        using var client = CreateClient("qm.smit", Roles.QualityManager);

        var response = await client.PostAsync($"/api/handling/cases/{Guid.NewGuid()}/extension",
            new StringContent("""{"newDueOn":"15-01-2027","reason":"Meer tijd nodig."}""", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        var message = problem.GetProperty("errors").GetProperty("newDueOn")[0].GetString();
        Assert.Contains("yyyy-MM-dd", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rules_without_a_message_of_their_own_get_our_sentence_and_every_message_a_stable_code()
    {
        using var client = CreateClient("anna", Roles.Employee);

        var response = await client.PostAsJsonAsync("/api/intake/complaints", new
        {
            complainant = new { name = "J. de Vries", type = "Debtor", email = "j@example.com" },
            channel = "Phone",
            receivedAt = "2026-03-02T09:30:00+01:00",
            fileNumber = new string('1', 51),
            requestedOutcome = "Excuses.",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("At most 50 characters; this has 51.", problem.GetProperty("errors").GetProperty("fileNumber")[0].GetString());
        Assert.Equal("too_long", problem.GetProperty("errorCodes").GetProperty("fileNumber")[0].GetString());
        Assert.Equal("required", problem.GetProperty("errorCodes").GetProperty("description")[0].GetString());
        Assert.DoesNotContain("'", problem.GetProperty("errors").GetProperty("fileNumber")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_role_policy_refusal_names_the_roles_that_would_be_allowed()
    {
        using var employee = CreateClient("anna", Roles.Employee);

        var response = await employee.GetAsync("/api/classification/queue");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(["QualityManager", "Management"], problem.GetProperty("allowedRoles").EnumerateArray().Select(r => r.GetString()));
        Assert.Contains("QualityManager, Management", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_query_parameters_are_a_400_naming_each_and_known_ones_still_work()
    {
        using var client = CreateClient("qm.smit", Roles.QualityManager);

        var unknown = await client.GetAsync("/api/intake/complaints?sortBy=reference&status=Registered&Sort=asc");
        var known = await client.GetAsync("/api/intake/complaints?status=Registered&PAGE=1");

        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        var problem = await unknown.Content.ReadFromJsonAsync<JsonElement>();
        var errors = problem.GetProperty("errors");
        Assert.Equal(["Sort", "sortBy"], errors.EnumerateObject().Select(e => e.Name).Order(StringComparer.OrdinalIgnoreCase));
        Assert.Contains("receivedFrom", errors.GetProperty("sortBy")[0].GetString(), StringComparison.Ordinal);
        var codes = problem.GetProperty("errorCodes");
        Assert.Equal("unknown_parameter", codes.GetProperty("sortBy")[0].GetString());
        Assert.Equal(HttpStatusCode.OK, known.StatusCode);
    }
}

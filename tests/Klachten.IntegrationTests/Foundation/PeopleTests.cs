using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Klachten.BuildingBlocks.Application;
using Klachten.IntegrationTests.Infrastructure;

namespace Klachten.IntegrationTests.Foundation;

public sealed class PeopleTests(ApiFixture fixture) : ApiTest(fixture)
{
    private static IEnumerable<string> Operations(JsonElement me, string module) =>
        me.GetProperty("modules").EnumerateArray().Single(m => m.GetProperty("module").GetString() == module)
            .GetProperty("operations").EnumerateArray().Select(o => o.GetString()!);

    [Fact]
    public async Task Me_names_the_user_their_roles_and_per_module_what_their_roles_may_call()
    {
        using var officer = CreateClient("officer.bakker", Roles.ComplaintsOfficer);
        using var employee = CreateClient("baliemedewerker", Roles.Employee);

        var officerMe = await officer.GetFromJsonAsync<JsonElement>("/api/me");
        var employeeMe = await employee.GetFromJsonAsync<JsonElement>("/api/me");

        Assert.Equal("officer.bakker", officerMe.GetProperty("userName").GetString());
        Assert.Equal("W. Bakker", officerMe.GetProperty("displayName").GetString());
        Assert.Equal(["ComplaintsOfficer"], officerMe.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.Contains("DecideComplaint", Operations(officerMe, "Handling"));
        Assert.DoesNotContain("ClassifyComplaint", Operations(officerMe, "Classification"));
        Assert.Contains("RegisterComplaint", Operations(employeeMe, "Intake"));
        Assert.DoesNotContain("AcknowledgeReceipt", Operations(employeeMe, "Intake"));
        Assert.Empty(Operations(employeeMe, "Handling"));
        Assert.Equal("Baliemedewerker", employeeMe.GetProperty("displayName").GetString());
    }

    [Fact]
    public async Task Staff_lists_the_directory_and_with_a_role_only_its_holders()
    {
        using var client = CreateClient("qm.smit", Roles.QualityManager);

        var officers = await client.GetFromJsonAsync<JsonElement>("/api/staff?role=complaintsofficer");
        var everyone = await client.GetFromJsonAsync<JsonElement>("/api/staff");

        var names = officers.EnumerateArray().Select(m => m.GetProperty("userName").GetString()).ToList();
        Assert.Contains("officer.devries", names);
        Assert.DoesNotContain("qm.smit", names);
        var bakker = officers.EnumerateArray().Single(m => m.GetProperty("userName").GetString() == "officer.bakker");
        Assert.Equal("W. Bakker", bakker.GetProperty("displayName").GetString());
        Assert.Equal("w.bakker@kantoor.nl", bakker.GetProperty("email").GetString());
        Assert.Contains(everyone.EnumerateArray(), m => m.GetProperty("userName").GetString() == "qm.smit");
    }

    [Fact]
    public async Task Staff_with_an_unknown_role_is_a_400_naming_the_role()
    {
        using var client = CreateClient("qm.smit", Roles.QualityManager);

        var response = await client.GetAsync("/api/staff?role=Officer");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty("role", out _), problem.ToString());
    }

    [Fact]
    public async Task Me_and_staff_need_a_login()
    {
        using var anonymous = CreateAnonymousClient();

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/staff")).StatusCode);
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using Klachten.BuildingBlocks.Application;
using Klachten.IntegrationTests.Infrastructure;

namespace Klachten.IntegrationTests.Handling;

public sealed class HandlingAccessTests(ApiFixture fixture) : HandlingApiTest(fixture)
{
    [Fact]
    public async Task The_collection_agent_of_the_complaint_can_never_be_its_handler()
    {
        var id = await RegisterAsync(collectionAgent: Agent);
        await ExpectRefusedAsync(HttpStatusCode.UnprocessableEntity, "agent_cannot_handle",
            QualityManager.PostAsJsonAsync(Cases(id, "/assignment"), new { officer = "Agent.Jansen" }, ApiJson.Options));
        await ExpectRefusedAsync(HttpStatusCode.UnprocessableEntity, "agent_cannot_handle",
            CreateClient(Agent, Roles.ComplaintsOfficer).PostAsJsonAsync(Cases(id, "/assignment"), new { }, ApiJson.Options));

        var details = await GetCaseAsync(id);
        Assert.Equal("Open", details.GetProperty("status").GetString());
        Assert.Empty(details.GetProperty("assignments").EnumerateArray());
    }

    [Fact]
    public async Task An_assigned_officer_must_look_like_a_user_name()
    {
        var id = await RegisterAsync();
        var tooLong = new string('a', 101);
        foreach (var officer in new[] { "jan de vries", " officer.devries", "officer.devries@example.org", "corp\\devries", "de;vries", "", tooLong })
        {
            var problem = await ExpectAsync(HttpStatusCode.BadRequest,
                QualityManager.PostAsJsonAsync(Cases(id, "/assignment"), new { officer }, ApiJson.Options));
            Assert.True(problem.GetProperty("errors").TryGetProperty("officer", out _), $"'{officer}': {problem}");
        }

        Assert.Equal("Open", (await GetCaseAsync(id)).GetProperty("status").GetString());
        var assigned = await ExpectAsync(HttpStatusCode.OK,
            QualityManager.PostAsJsonAsync(Cases(id, "/assignment"), new { officer = "w_bakker-2" }, ApiJson.Options));
        Assert.Equal("w_bakker-2", assigned.GetProperty("officer").GetString());
    }

    [Fact]
    public async Task Assigning_someone_who_is_not_a_complaints_officer_in_the_staff_directory_is_a_422_and_assigns_nobody()
    {
        var id = await RegisterAsync();

        await ExpectRefusedAsync(HttpStatusCode.UnprocessableEntity, "not_a_complaints_officer",
            QualityManager.PostAsJsonAsync(Cases(id, "/assignment"), new { officer = "employee.visser" }, ApiJson.Options));
        await ExpectRefusedAsync(HttpStatusCode.UnprocessableEntity, "not_a_complaints_officer",
            QualityManager.PostAsJsonAsync(Cases(id, "/assignment"), new { officer = "qm.smit" }, ApiJson.Options));

        var details = await GetCaseAsync(id);
        Assert.Equal("Open", details.GetProperty("status").GetString());
        Assert.Empty(details.GetProperty("assignments").EnumerateArray());
    }

    [Fact]
    public async Task An_officer_takes_an_unassigned_case_but_not_one_of_another_officer()
    {
        var id = await RegisterAsync();
        var taken = await ExpectAsync(HttpStatusCode.OK, OfficerClient.PostAsJsonAsync(Cases(id, "/assignment"), new { }, ApiJson.Options));
        Assert.Equal(Officer, taken.GetProperty("officer").GetString());

        var other = CreateClient(OtherOfficer, Roles.ComplaintsOfficer);
        await ExpectRefusedAsync(HttpStatusCode.Conflict, "already_assigned",
            other.PostAsJsonAsync(Cases(id, "/assignment"), new { }, ApiJson.Options));
        await ExpectAsync(HttpStatusCode.Forbidden, other.PostAsJsonAsync(Cases(id, "/assignment"), new { officer = "someone.else" }, ApiJson.Options));

        // The quality manager reassigns; the history keeps both.
        await ExpectAsync(HttpStatusCode.OK, QualityManager.PostAsJsonAsync(Cases(id, "/assignment"), new { officer = OtherOfficer }, ApiJson.Options));
        var assignments = (await GetCaseAsync(id)).GetProperty("assignments");
        Assert.Equal(2, assignments.GetArrayLength());
        Assert.Equal(Officer, assignments[1].GetProperty("previousOfficer").GetString());
        Assert.Equal("qm.smit", assignments[1].GetProperty("assignedBy").GetString());
    }

    [Fact]
    public async Task Only_the_assigned_officer_the_quality_manager_and_management_see_a_case_and_every_read_is_audited()
    {
        var id = await RegisterAndAssignAsync();
        await GetCaseAsync(id, OfficerClient);
        await GetCaseAsync(id, QualityManager);
        await GetCaseAsync(id, CreateClient("director.peters", Roles.Management));
        await ExpectAsync(HttpStatusCode.Forbidden, CreateClient(OtherOfficer, Roles.ComplaintsOfficer).GetAsync(Cases(id)));
        await ExpectAsync(HttpStatusCode.Forbidden, CreateClient("employee.visser", Roles.Employee).GetAsync(Cases(id)));
        await ExpectAsync(HttpStatusCode.Forbidden, CreateClient("ops.dekker", Roles.Operations).GetAsync(Cases(id)));
        await ExpectAsync(HttpStatusCode.Unauthorized, CreateAnonymousClient().GetAsync(Cases(id)));

        await using var connection = await Db.OpenConnectionAsync();
        var readers = (await connection.QueryAsync<string>(
            "SELECT actor FROM audit.audit_trail WHERE module = 'Handling' AND action = 'CaseRead' AND subject_id = @id ORDER BY id",
            new { id = id.ToString() })).ToList();
        Assert.Equal([Officer, "qm.smit", "director.peters"], readers);
    }

    [Fact]
    public async Task Another_officer_cannot_work_on_a_case_assigned_to_someone_else()
    {
        var id = await RegisterAndAssignAsync();
        var other = CreateClient(OtherOfficer, Roles.ComplaintsOfficer);
        await ExpectAsync(HttpStatusCode.Forbidden, other.PostAsJsonAsync(Cases(id, "/decision"),
            new { outcome = "Unfounded", reasoning = "x" }, ApiJson.Options));
        await ExpectAsync(HttpStatusCode.Forbidden, other.PostAsJsonAsync(Cases(id, "/contacts"),
            new { contactedAt = "2026-03-02T09:00:00Z", channel = "Phone", summary = "x" }, ApiJson.Options));
        await ExpectAsync(HttpStatusCode.Forbidden, CreateClient("employee.visser", Roles.Employee).PostAsJsonAsync(Cases(id, "/decision"),
            new { outcome = "Unfounded", reasoning = "x" }, ApiJson.Options));
        Assert.Equal("Assigned", (await GetCaseAsync(id)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task The_list_shows_an_officer_their_own_and_unassigned_cases_and_filters_for_the_quality_manager()
    {
        var mine = await RegisterAndAssignAsync();
        var unassigned = await RegisterAsync();

        var own = await ExpectAsync(HttpStatusCode.OK, OfficerClient.GetAsync("/api/handling/cases"));
        Assert.Equal(2, own.GetProperty("totalCount").GetInt64());
        Assert.Equal(new[] { mine, unassigned }.Order(), own.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("complaintId").GetGuid()).Order());
        var assignedToMe = await ExpectAsync(HttpStatusCode.OK, OfficerClient.GetAsync($"/api/handling/cases?assignedTo={Officer}"));
        Assert.Equal(mine, Assert.Single(assignedToMe.GetProperty("items").EnumerateArray()).GetProperty("complaintId").GetGuid());
        await ExpectAsync(HttpStatusCode.Forbidden, CreateClient(OtherOfficer, Roles.ComplaintsOfficer).GetAsync($"/api/handling/cases?assignedTo={Officer}"));
        await ExpectAsync(HttpStatusCode.Forbidden, CreateClient("employee.visser", Roles.Employee).GetAsync("/api/handling/cases"));

        var open = await ExpectAsync(HttpStatusCode.OK, QualityManager.GetAsync("/api/handling/cases?status=Open"));
        Assert.Equal(unassigned, Assert.Single(open.GetProperty("items").EnumerateArray()).GetProperty("complaintId").GetGuid());
        var all = await ExpectAsync(HttpStatusCode.OK, QualityManager.GetAsync("/api/handling/cases?page=1&pageSize=1"));
        Assert.Equal(2, all.GetProperty("totalCount").GetInt64());
        Assert.Single(all.GetProperty("items").EnumerateArray());

        Clock.Set(new DateTimeOffset(2026, 3, 17, 9, 0, 0, TimeSpan.Zero));
        var overdue = await ExpectAsync(HttpStatusCode.OK, QualityManager.GetAsync("/api/handling/cases?overdue=true"));
        Assert.Equal(2, overdue.GetProperty("totalCount").GetInt64());
        Assert.All(overdue.GetProperty("items").EnumerateArray(), c => Assert.True(c.GetProperty("overdue").GetBoolean()));
        await ExpectAsync(HttpStatusCode.BadRequest, QualityManager.GetAsync("/api/handling/cases?status=Pending"));
    }

    [Fact]
    public async Task An_officer_finds_an_unassigned_case_in_the_list_and_takes_it_but_never_sees_another_officers_case()
    {
        var unassigned = await RegisterAsync();
        var othersCase = await RegisterAsync();
        await ExpectAsync(HttpStatusCode.OK, QualityManager.PostAsJsonAsync(Cases(othersCase, "/assignment"), new { officer = OtherOfficer }, ApiJson.Options));
        var aboutTheAgent = await RegisterAsync(collectionAgent: Officer);

        var open = await ExpectAsync(HttpStatusCode.OK, OfficerClient.GetAsync("/api/handling/cases?status=Open"));
        var row = Assert.Single(open.GetProperty("items").EnumerateArray());
        Assert.Equal(unassigned, row.GetProperty("complaintId").GetGuid());
        Assert.Equal(JsonValueKind.Null, row.GetProperty("officer").ValueKind);
        var everything = await ExpectAsync(HttpStatusCode.OK, OfficerClient.GetAsync("/api/handling/cases"));
        var listed = everything.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("complaintId").GetGuid()).ToList();
        Assert.DoesNotContain(othersCase, listed);
        Assert.DoesNotContain(aboutTheAgent, listed);

        // The details of an unassigned case stay closed to officers until they take it.
        await ExpectAsync(HttpStatusCode.Forbidden, OfficerClient.GetAsync(Cases(unassigned)));
        var taken = await ExpectAsync(HttpStatusCode.OK, OfficerClient.PostAsJsonAsync(Cases(unassigned, "/assignment"), new { }, ApiJson.Options));
        Assert.Equal(Officer, taken.GetProperty("officer").GetString());
        await GetCaseAsync(unassigned, OfficerClient);

        var afterwards = await ExpectAsync(HttpStatusCode.OK, OfficerClient.GetAsync("/api/handling/cases"));
        Assert.Equal(unassigned, Assert.Single(afterwards.GetProperty("items").EnumerateArray()).GetProperty("complaintId").GetGuid());
        Assert.Empty((await ExpectAsync(HttpStatusCode.OK, OfficerClient.GetAsync("/api/handling/cases?status=Open"))).GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task Intake_learns_who_handles_the_complaint()
    {
        var id = await RegisterAndAssignAsync();
        await Eventually(async () =>
        {
            await using var connection = await Db.OpenConnectionAsync();
            return await connection.ExecuteScalarAsync<int>(
                "SELECT count(*) FROM intake.inbox_messages WHERE event_type LIKE '%HandlerAssigned%'") == 1;
        }, "Intake handled HandlerAssigned for complaint " + id);
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Klachten.IntegrationTests.Infrastructure;

namespace Klachten.IntegrationTests.Handling;

/// <summary>
/// The case list's items carry allowedActions by the case's own rule: an officer, who may not open an unassigned case, finds
/// "assign" (take this case) on its row; the quality manager finds on each row what the case itself lists.
/// </summary>
public sealed class CaseListActionsTests(ApiFixture fixture) : HandlingApiTest(fixture)
{
    [Fact]
    public async Task An_officer_finds_assign_on_an_unassigned_row_they_cannot_open_and_taking_the_case_succeeds()
    {
        var id = await RegisterAsync();
        await ExpectAsync(HttpStatusCode.Forbidden, OfficerClient.GetAsync(Cases(id)));

        var row = await RowAsync(OfficerClient, id);
        Assert.Equal(["assign"], Names(row));
        await ExpectAsync(HttpStatusCode.OK, OfficerClient.PostAsJsonAsync(Cases(id, "/assignment"), new { }, ApiJson.Options));

        // Now the officer's own case: the row lists what the case lists, and no longer assign.
        var taken = Names(await RowAsync(OfficerClient, id));
        Assert.DoesNotContain("assign", taken);
        Assert.Contains("decide", taken);
        Assert.Equal(Names((await GetCaseAsync(id, OfficerClient)).GetProperty("allowedActions")), taken);
    }

    [Fact]
    public async Task An_officer_does_not_find_assign_on_a_row_of_a_case_about_themselves_or_their_own_taken_case()
    {
        var aboutOfficer = await RegisterAsync(collectionAgent: Officer);
        var mine = await RegisterAndAssignAsync();

        var page = await ExpectAsync(HttpStatusCode.OK, OfficerClient.GetAsync("/api/handling/cases?pageSize=200"));
        Assert.DoesNotContain(aboutOfficer, page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("complaintId").GetGuid()));
        Assert.DoesNotContain("assign", Names(await RowAsync(OfficerClient, mine)));
        await ExpectAsync(HttpStatusCode.Conflict, OfficerClient.PostAsJsonAsync(Cases(mine, "/assignment"), new { }, ApiJson.Options));
    }

    [Fact]
    public async Task The_quality_manager_finds_on_each_row_what_the_case_lists_assign_included()
    {
        var unassigned = await RegisterAsync();
        var assigned = await RegisterAndAssignAsync();
        var sent = await RegisterAndAssignAsync();
        await ExpectAsync(HttpStatusCode.OK, OfficerClient.PostAsJsonAsync(Cases(sent, "/decision"),
            new { outcome = "Unfounded", reasoning = "Correct berekend." }, ApiJson.Options));
        await ExpectAsync(HttpStatusCode.OK, OfficerClient.PostAsJsonAsync(Cases(sent, "/decision-letter"), new { channel = "Letter" },
            ApiJson.Options));

        foreach (var id in new[] { unassigned, assigned, sent })
        {
            var row = Names(await RowAsync(QualityManager, id));
            Assert.Equal(Names((await GetCaseAsync(id)).GetProperty("allowedActions")), row);
            Assert.Contains("assign", row);
        }

        Assert.Contains("close", Names(await RowAsync(QualityManager, sent)));
        Assert.DoesNotContain("decide", Names(await RowAsync(QualityManager, assigned)));
    }

    [Fact]
    public async Task Management_reads_the_list_and_finds_no_action_on_any_row()
    {
        var id = await RegisterAsync();
        var manager = CreateClient("manager.dijk", Klachten.BuildingBlocks.Application.Roles.Management);

        Assert.Empty(Names(await RowAsync(manager, id)));
        await ExpectAsync(HttpStatusCode.Forbidden, manager.PostAsJsonAsync(Cases(id, "/assignment"), new { officer = Officer },
            ApiJson.Options));
    }

    private static async Task<JsonElement> RowAsync(HttpClient client, Guid id)
    {
        var page = await ExpectAsync(HttpStatusCode.OK, client.GetAsync("/api/handling/cases?pageSize=200"));
        return page.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("complaintId").GetGuid() == id);
    }

    private static List<string> Names(JsonElement rowOrActions) =>
        (rowOrActions.ValueKind == JsonValueKind.Object ? rowOrActions.GetProperty("allowedActions") : rowOrActions).EnumerateArray()
        .Select(a => a.GetString()!).ToList();
}

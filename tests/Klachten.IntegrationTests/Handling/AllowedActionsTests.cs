using System.Net;
using System.Net.Http.Json;
using Klachten.BuildingBlocks.Application;
using Klachten.IntegrationTests.Infrastructure;

namespace Klachten.IntegrationTests.Handling;

/// <summary>
/// allowedActions: in a few states, every action a case (or a complaint, or the complaint view) lists succeeds, and every
/// action it does not list is refused, for the user who asked.
/// </summary>
public sealed class AllowedActionsTests(ApiFixture fixture) : HandlingApiTest(fixture)
{
    private static readonly string[] CaseActions =
        ["assign", "logContact", "extend", "decide", "sendDecisionLetter", "refer", "recordReferralOutcome", "close"];

    public enum State
    {
        Unassigned,
        Assigned,
        DecisionSent,
        Referred,
    }

    [Theory]
    [InlineData(State.Unassigned, true)]
    [InlineData(State.Assigned, false)]
    [InlineData(State.Assigned, true)]
    [InlineData(State.DecisionSent, false)]
    [InlineData(State.DecisionSent, true)]
    [InlineData(State.Referred, true)]
    public async Task Each_step_a_case_lists_succeeds_and_each_it_does_not_list_is_refused(State state, bool asQualityManager)
    {
        var client = asQualityManager ? QualityManager : OfficerClient;
        var shared = await ArrangeAsync(state);
        var listed = (await GetCaseAsync(shared, client)).GetProperty("allowedActions").EnumerateArray().Select(a => a.GetString()!).ToList();
        Assert.NotEmpty(listed);
        Assert.All(listed, action => Assert.Contains(action, CaseActions));
        var view = await ExpectAsync(HttpStatusCode.OK, client.GetAsync($"/api/complaints/{shared}"));
        Assert.Superset(listed.ToHashSet(), view.GetProperty("allowedActions").EnumerateArray().Select(a => a.GetString()!).ToHashSet());

        foreach (var action in CaseActions)
        {
            // A listed step is tried on its own copy of the state; a refused one changes nothing, so they share one.
            var id = listed.Contains(action) ? await ArrangeAsync(state) : shared;
            var response = await StepAsync(client, id, action, asQualityManager);
            var body = await response.Content.ReadAsStringAsync();
            if (listed.Contains(action))
            {
                Assert.True(response.IsSuccessStatusCode, $"{action} is listed in {state} but answered {(int)response.StatusCode}: {body}");
            }
            else
            {
                Assert.True((int)response.StatusCode is 403 or 409 or 422,
                    $"{action} is not listed in {state} but answered {(int)response.StatusCode}: {body}");
            }
        }
    }

    [Fact]
    public async Task A_complaint_lists_acknowledge_until_it_is_acknowledged_and_the_view_lists_classify_for_the_quality_manager_only()
    {
        var id = await RegisterAsync();
        var before = await ExpectAsync(HttpStatusCode.OK, QualityManager.GetAsync($"/api/intake/complaints/{id}"));
        Assert.Equal(["acknowledge"], before.GetProperty("allowedActions").EnumerateArray().Select(a => a.GetString()));
        await ExpectAsync(HttpStatusCode.OK, QualityManager.PostAsJsonAsync($"/api/intake/complaints/{id}/acknowledgement",
            new { channel = "Letter" }, ApiJson.Options));

        var after = await ExpectAsync(HttpStatusCode.OK, QualityManager.GetAsync($"/api/intake/complaints/{id}"));
        Assert.Empty(after.GetProperty("allowedActions").EnumerateArray());
        await ExpectAsync(HttpStatusCode.Conflict, QualityManager.PostAsJsonAsync($"/api/intake/complaints/{id}/acknowledgement",
            new { channel = "Letter" }, ApiJson.Options));

        var manager = CreateClient("manager.dijk", Roles.Management);
        var managerView = await ExpectAsync(HttpStatusCode.OK, manager.GetAsync($"/api/complaints/{id}"));
        Assert.DoesNotContain("classify", managerView.GetProperty("allowedActions").EnumerateArray().Select(a => a.GetString()));
        await ExpectAsync(HttpStatusCode.Forbidden, manager.PutAsJsonAsync($"/api/classification/complaints/{id}",
            new { categories = new[] { "Conduct" } }, ApiJson.Options));

        var qmView = await ExpectAsync(HttpStatusCode.OK, QualityManager.GetAsync($"/api/complaints/{id}"));
        Assert.Contains("classify", qmView.GetProperty("allowedActions").EnumerateArray().Select(a => a.GetString()));
        await ExpectAsync(HttpStatusCode.OK, QualityManager.PutAsJsonAsync($"/api/classification/complaints/{id}",
            new { categories = new[] { "Conduct" } }, ApiJson.Options));
    }

    [Fact]
    public async Task Classify_is_not_listed_while_no_category_is_active_unless_the_complaint_carries_one_already()
    {
        var classified = await RegisterAsync();
        await ExpectAsync(HttpStatusCode.OK, QualityManager.PutAsJsonAsync($"/api/classification/complaints/{classified}",
            new { categories = new[] { "Conduct" } }, ApiJson.Options));
        string[] categories;
        await using (var connection = await Db.OpenConnectionAsync())
        {
            // The seed's four and any an earlier test added: reference lists are not emptied between tests.
            categories = [.. await Dapper.SqlMapper.QueryAsync<string>(connection,
                "SELECT code FROM classification.categories WHERE active")];
        }

        try
        {
            await ClassifyWithoutActiveCategoriesAsync(classified, categories);
        }
        finally
        {
            // The next test finds the categories active again.
            await using var connection = await Db.OpenConnectionAsync();
            await Dapper.SqlMapper.ExecuteAsync(connection, """
                UPDATE classification.categories SET active = true, deactivated_at = NULL, deactivated_by = NULL WHERE code = ANY(@categories)
                """, new { categories });
        }
    }

    private async Task ClassifyWithoutActiveCategoriesAsync(Guid classified, string[] categories)
    {
        foreach (var code in categories)
        {
            await ExpectAsync(HttpStatusCode.OK, QualityManager.PostAsync($"/api/classification/categories/{code}/deactivate", null));
        }

        await using (var connection = await Db.OpenConnectionAsync())
        {
            Assert.Equal(0, await Dapper.SqlMapper.ExecuteScalarAsync<int>(connection,
                "SELECT count(*) FROM classification.categories WHERE active"));
        }

        var unclassified = await RegisterAsync();
        Assert.DoesNotContain("classify", await ViewActionsAsync(unclassified));
        await ExpectAsync(HttpStatusCode.BadRequest, QualityManager.PutAsJsonAsync($"/api/classification/complaints/{unclassified}",
            new { categories = new[] { "Conduct" } }, ApiJson.Options));

        // A retired category the complaint carries stays valid: classifying it as it is still passes.
        Assert.Contains("classify", await ViewActionsAsync(classified));
        await ExpectAsync(HttpStatusCode.OK, QualityManager.PutAsJsonAsync($"/api/classification/complaints/{classified}",
            new { categories = new[] { "Conduct" } }, ApiJson.Options));

        Assert.Contains("Financial", categories);
        await ExpectAsync(HttpStatusCode.OK, QualityManager.PostAsync("/api/classification/categories/Financial/activate", null));
        Assert.Contains("classify", await ViewActionsAsync(unclassified));
        await ExpectAsync(HttpStatusCode.OK, QualityManager.PutAsJsonAsync($"/api/classification/complaints/{unclassified}",
            new { categories = new[] { "Financial" } }, ApiJson.Options));
    }

    private async Task<List<string?>> ViewActionsAsync(Guid id) =>
        (await ExpectAsync(HttpStatusCode.OK, QualityManager.GetAsync($"/api/complaints/{id}"))).GetProperty("allowedActions")
        .EnumerateArray().Select(a => a.GetString()).ToList();

    private async Task<Guid> ArrangeAsync(State state)
    {
        if (state == State.Unassigned)
        {
            return await RegisterAsync();
        }

        var id = await RegisterAndAssignAsync();
        if (state >= State.DecisionSent)
        {
            await ExpectAsync(HttpStatusCode.OK, StepAsync(OfficerClient, id, "decide", false));
            await ExpectAsync(HttpStatusCode.OK, StepAsync(OfficerClient, id, "sendDecisionLetter", false));
        }

        if (state == State.Referred)
        {
            await ExpectAsync(HttpStatusCode.OK, StepAsync(OfficerClient, id, "refer", false));
        }

        return id;
    }

    private static Task<HttpResponseMessage> StepAsync(HttpClient client, Guid id, string action, bool asQualityManager) => action switch
    {
        "assign" => client.PostAsJsonAsync(Cases(id, "/assignment"), new { officer = asQualityManager ? OtherOfficer : null },
            ApiJson.Options),
        "logContact" => client.PostAsJsonAsync(Cases(id, "/contacts"),
            new { contactedAt = "2026-03-02T08:50:00Z", channel = "Phone", summary = "Gebeld over de kosten." }, ApiJson.Options),
        "extend" => client.PostAsJsonAsync(Cases(id, "/extension"), new
        {
            newDueOn = "2026-03-20", reason = "Wachten op stukken van de opdrachtgever.", messageToComplainant = "Wij wachten op stukken.",
        }, ApiJson.Options),
        "decide" => client.PostAsJsonAsync(Cases(id, "/decision"), new { outcome = "Unfounded", reasoning = "Correct berekend." }, ApiJson.Options),
        "sendDecisionLetter" => client.PostAsJsonAsync(Cases(id, "/decision-letter"), new { channel = "Letter" }, ApiJson.Options),
        "refer" => client.PostAsJsonAsync(Cases(id, "/referral"),
            new { submittedOn = "2026-03-02", body = "De Geschillencommissie", caseNumber = "GC-2026-118" }, ApiJson.Options),
        "recordReferralOutcome" => client.PostAsJsonAsync(Cases(id, "/referral/outcome"),
            new { outcome = "Rejected", decidedOn = "2026-03-02" }, ApiJson.Options),
        "close" => client.PostAsJsonAsync(Cases(id, "/closure"), new { complainantSatisfied = true }, ApiJson.Options),
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, null),
    };
}

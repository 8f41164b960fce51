using System.Net;
using Klachten.BuildingBlocks.Application;
using Klachten.IntegrationTests.Infrastructure;

namespace Klachten.IntegrationTests.WorkLists;

/// <summary>
/// Handling's list of cases as work lists and search. On Monday 2 March 2026: Z (received 10 February) was due on 24 February,
/// X (received 20 February) is due on Friday 6 March, Y (received today) on 16 March.
/// </summary>
public sealed class HandlingWorkListTests(ApiFixture fixture) : WorkListTest(fixture)
{
    private const string List = "/api/handling/cases";

    private async Task<(Registered X, Registered Y, Registered Z)> ThreeAsync()
    {
        var x = await RegisterComplaintAsync(Visser, "2026-02-20T10:00:00+01:00", agent: Agent);
        var y = await RegisterComplaintAsync(Visser, "2026-03-02T09:30:00+01:00");
        var z = await RegisterComplaintAsync(Bakker, "2026-02-10T10:00:00+01:00", agent: "agent.pietersen");
        await AssignAsync(y, Officer);
        await AssignAsync(z, OtherOfficer);
        return (x, y, z);
    }

    [Fact]
    public async Task Each_filter_keeps_the_cases_it_names_and_excludes_the_others()
    {
        var (x, y, z) = await ThreeAsync();
        var qm = QualityManager;

        Assert.Equal(Of(y), await ReferencesAsync(qm, $"{List}?assignedTo={Officer}"));
        Assert.Empty(await ReferencesAsync(qm, $"{List}?assignedTo=me"));
        Assert.Equal(Of(x), await ReferencesAsync(qm, $"{List}?unassigned=true"));
        Assert.Equal(Sorted(Of(y, z)), Sorted(await ReferencesAsync(qm, $"{List}?unassigned=false")));
        Assert.Equal(Of(z), await ReferencesAsync(qm, $"{List}?overdue=true"));
        Assert.Equal(Sorted(Of(x, y)), Sorted(await ReferencesAsync(qm, $"{List}?overdue=false")));
        Assert.Equal(Of(z), await ReferencesAsync(qm, $"{List}?settlementDueBefore=2026-03-06"));
        Assert.Equal(Sorted(Of(x, z)), Sorted(await ReferencesAsync(qm, $"{List}?settlementDueBefore=2026-03-07")));
    }

    [Fact]
    public async Task Searches_find_a_case_by_reference_and_by_collection_agent()
    {
        var (x, y, _) = await ThreeAsync();

        Assert.Equal(Of(y), await ReferencesAsync(QualityManager, $"{List}?reference=%20{y.Reference.ToLowerInvariant()}%20"));
        Assert.Equal(Of(x), await ReferencesAsync(QualityManager, $"{List}?collectionAgent=Agent.Jansen"));
        Assert.Empty(await ReferencesAsync(QualityManager, $"{List}?collectionAgent=agent.nobody"));
    }

    [Fact]
    public async Task The_default_order_is_the_nearest_term_first_then_the_reference()
    {
        var (x, y, z) = await ThreeAsync();

        Assert.Equal(Of(z, x, y), await ReferencesAsync(QualityManager, List));
    }

    [Fact]
    public async Task An_officer_sees_their_own_and_the_unassigned_cases_and_may_not_name_another_officer()
    {
        var (x, y, _) = await ThreeAsync();

        Assert.Equal(Of(x, y), await ReferencesAsync(OfficerClient, List));
        Assert.Equal(Of(y), await ReferencesAsync(OfficerClient, $"{List}?assignedTo=me"));
        Assert.Equal(Of(x), await ReferencesAsync(OfficerClient, $"{List}?unassigned=true"));
        // Agent Jansen, also an officer, does not see the unassigned case about their own file.
        Assert.Empty(await ReferencesAsync(CreateClient(Agent, Roles.ComplaintsOfficer), $"{List}?unassigned=true"));
        await ExpectAsync(HttpStatusCode.Forbidden, OfficerClient.GetAsync($"{List}?assignedTo={OtherOfficer}"));
    }

    [Fact]
    public async Task Bad_filter_values_are_named_together_in_one_400()
    {
        var problem = await ExpectAsync(HttpStatusCode.BadRequest, QualityManager.GetAsync(
            $"{List}?assignedTo=a%20b&unassigned=maybe&settlementDueBefore=2026-13-01&collectionAgent=x%20y"));
        foreach (var field in new[] { "assignedTo", "unassigned", "settlementDueBefore", "collectionAgent" })
        {
            Assert.True(Errors(problem).TryGetProperty(field, out _), $"{field} is not named in {Errors(problem)}");
        }
    }
}

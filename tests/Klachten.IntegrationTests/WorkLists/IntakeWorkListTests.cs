using System.Net;
using Klachten.BuildingBlocks.Application;
using Klachten.IntegrationTests.Infrastructure;

namespace Klachten.IntegrationTests.WorkLists;

/// <summary>
/// Intake's list as work lists and search: each filter keeps what it names and leaves out a complaint it must exclude. The
/// clock stands on Monday 2 March 2026: a complaint received on 20 February was due for acknowledgement on 26 February.
/// </summary>
public sealed class IntakeWorkListTests(ApiFixture fixture) : WorkListTest(fixture)
{
    private const string List = "/api/intake/complaints";

    // A: Visser's, overdue and unacknowledged. B: Bakker's, acknowledged in time, handled by Officer. C: Visser's, due Friday.
    // D: Bakker's, acknowledged late.
    private async Task<(Registered A, Registered B, Registered C, Registered D)> FourAsync()
    {
        var a = await RegisterComplaintAsync(Visser, "2026-02-20T10:00:00+01:00", "J. de Boer", "D-1", Agent);
        var b = await RegisterComplaintAsync(Bakker, "2026-03-02T09:30:00+01:00", "P. Jansen", "D-2");
        var c = await RegisterComplaintAsync(Visser, "2026-03-02T09:45:00+01:00", "M. Smit", "D-3", "agent.pietersen");
        var d = await RegisterComplaintAsync(Bakker, "2026-02-20T11:00:00+01:00", "K. de Smit-Boer", "D-4");
        await AcknowledgeAsync(b);
        await AcknowledgeAsync(d);
        await AssignAsync(b, Officer);
        return (a, b, c, d);
    }

    [Fact]
    public async Task Each_filter_keeps_the_complaints_it_names_and_excludes_the_others()
    {
        var (a, b, c, d) = await FourAsync();
        var qm = QualityManager;

        Assert.Equal(Sorted(Of(a, c)), Sorted(await ReferencesAsync(qm, $"{List}?registeredBy={Visser}")));
        Assert.Empty(await ReferencesAsync(qm, $"{List}?registeredBy=me"));
        Assert.Equal(Of(b), await ReferencesAsync(qm, $"{List}?assignedTo={Officer}"));
        Assert.Equal(Sorted(Of(a, c, d)), Sorted(await ReferencesAsync(qm, $"{List}?unassigned=true")));
        Assert.Equal(Of(b), await ReferencesAsync(qm, $"{List}?unassigned=false"));
        Assert.Equal(Of(a), await ReferencesAsync(qm, $"{List}?acknowledgementDueBefore=2026-03-06"));
        Assert.Equal(Sorted(Of(a, c)), Sorted(await ReferencesAsync(qm, $"{List}?acknowledgementDueBefore=2026-03-07")));
        Assert.Equal(Sorted(Of(a, d)), Sorted(await ReferencesAsync(qm, $"{List}?acknowledgementBreached=true")));
        Assert.Equal(Sorted(Of(b, c)), Sorted(await ReferencesAsync(qm, $"{List}?acknowledgementBreached=false")));
    }

    [Fact]
    public async Task Searches_find_by_reference_file_number_collection_agent_and_part_of_the_name()
    {
        var (a, b, c, d) = await FourAsync();
        var qm = QualityManager;

        Assert.Equal(Of(b), await ReferencesAsync(qm, $"{List}?reference={b.Reference.ToLowerInvariant()}"));
        Assert.Empty(await ReferencesAsync(qm, $"{List}?reference=KL-2026-999999"));
        Assert.Equal(Of(c), await ReferencesAsync(qm, $"{List}?fileNumber=%20D-3%20"));
        Assert.Empty(await ReferencesAsync(qm, $"{List}?fileNumber=D-"));
        Assert.Equal(Of(a), await ReferencesAsync(qm, $"{List}?collectionAgent=AGENT.JANSEN"));
        Assert.Equal(Sorted(Of(c, d)), Sorted(await ReferencesAsync(qm, $"{List}?complainantName=SMIT")));
        Assert.Equal(Sorted(Of(a, d)), Sorted(await ReferencesAsync(qm, $"{List}?complainantName=boer")));
        Assert.Empty(await ReferencesAsync(qm, $"{List}?complainantName=%25%25"));
        Assert.Equal(Of(c), await ReferencesAsync(qm, $"{List}?complainantName=smit&registeredBy={Visser}"));
    }

    [Fact]
    public async Task The_default_order_is_the_nearest_deadline_first_then_the_reference()
    {
        var (a, b, c, d) = await FourAsync();

        // A's acknowledgement was due 26 February; C's acknowledgement and D's settlement are due 6 March (C registered first);
        // B's settlement on 16 March.
        Assert.Equal(Of(a, c, d, b), await ReferencesAsync(QualityManager, List));
    }

    [Fact]
    public async Task An_employee_sees_only_what_they_registered_and_may_neither_name_another_user_nor_search_by_name()
    {
        var (a, _, c, _) = await FourAsync();
        var visser = CreateClient(Visser, Roles.Employee);

        Assert.Equal(Sorted(Of(a, c)), Sorted(await ReferencesAsync(visser, List)));
        Assert.Equal(Sorted(Of(a, c)), Sorted(await ReferencesAsync(visser, $"{List}?registeredBy=me")));
        Assert.Equal(Of(a), await ReferencesAsync(visser, $"{List}?acknowledgementBreached=true"));
        await ExpectAsync(HttpStatusCode.Forbidden, visser.GetAsync($"{List}?registeredBy={Bakker}"));
        await ExpectAsync(HttpStatusCode.Forbidden, visser.GetAsync($"{List}?complainantName=smit"));
    }

    [Fact]
    public async Task An_officer_finds_by_search_only_what_is_assigned_to_them()
    {
        var (_, b, _, _) = await FourAsync();
        var officer = OfficerClient;

        Assert.Equal(Of(b), await ReferencesAsync(officer, List));
        Assert.Equal(Of(b), await ReferencesAsync(officer, $"{List}?assignedTo=me"));
        Assert.Equal(Of(b), await ReferencesAsync(officer, $"{List}?complainantName=jansen"));
        Assert.Empty(await ReferencesAsync(officer, $"{List}?complainantName=smit"));
        await ExpectAsync(HttpStatusCode.Forbidden, officer.GetAsync($"{List}?assignedTo={OtherOfficer}"));
    }

    [Fact]
    public async Task A_search_by_name_is_audited_as_a_search_with_what_was_searched()
    {
        await FourAsync();

        await ReferencesAsync(QualityManager, $"{List}?complainantName=Smit");
        await ReferencesAsync(QualityManager, $"{List}?unassigned=true");

        Assert.Equal(1, await CountAsync("""
            SELECT count(*) FROM audit.audit_trail
            WHERE action = 'ComplaintsSearched' AND actor = 'qm.smit' AND details ->> 'complainantName' = 'Smit'
              AND jsonb_array_length(details -> 'references') = 2 AND details::text NOT LIKE '%de Smit-Boer%'
            """, new { }));
        Assert.Equal(1, await CountAsync(
            "SELECT count(*) FROM audit.audit_trail WHERE action = 'ComplaintsListed' AND actor = 'qm.smit' AND (details ->> 'unassigned')::boolean",
            new { }));
    }

    [Fact]
    public async Task Bad_filter_values_are_named_together_in_one_400()
    {
        var problem = await ExpectAsync(HttpStatusCode.BadRequest, QualityManager.GetAsync(
            $"{List}?registeredBy=a%20b&unassigned=maybe&acknowledgementDueBefore=06-03-2026&acknowledgementBreached=yes"
            + "&complainantName=x&collectionAgent=<x>"));
        foreach (var field in new[] { "registeredBy", "unassigned", "acknowledgementDueBefore", "acknowledgementBreached", "complainantName", "collectionAgent" })
        {
            Assert.True(Errors(problem).TryGetProperty(field, out _), $"{field} is not named in {Errors(problem)}");
        }

        var contradiction = await ExpectAsync(HttpStatusCode.BadRequest, QualityManager.GetAsync($"{List}?assignedTo=me&unassigned=true"));
        Assert.True(Errors(contradiction).TryGetProperty("unassigned", out _), contradiction.ToString());
    }
}

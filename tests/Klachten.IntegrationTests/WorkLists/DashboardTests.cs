using System.Net;
using System.Text.Json;
using Klachten.BuildingBlocks.Application;
using Klachten.IntegrationTests.Infrastructure;

namespace Klachten.IntegrationTests.WorkLists;

/// <summary>
/// GET /api/dashboard per role, on Monday 2 March 2026 (the week ends Sunday 8 March). A: Visser's, received 20 February
/// (acknowledgement overdue, settlement due Friday), unassigned. B: Visser's, received today (acknowledgement due Friday),
/// Officer's. C: Bakker's, received 10 February (both terms overdue), the other officer's.
/// </summary>
public sealed class DashboardTests(ApiFixture fixture) : WorkListTest(fixture)
{
    private const string Dashboard = "/api/dashboard";

    private async Task ThreeAsync()
    {
        await RegisterComplaintAsync(Visser, "2026-02-20T10:00:00+01:00", agent: Agent);
        var b = await RegisterComplaintAsync(Visser, "2026-03-02T09:30:00+01:00");
        var c = await RegisterComplaintAsync(Bakker, "2026-02-10T10:00:00+01:00");
        await AssignAsync(b, Officer);
        await AssignAsync(c, OtherOfficer);
    }

    private static int Open(JsonElement dashboard, string module, string status) => dashboard.GetProperty("openPerStatus").EnumerateArray()
        .Single(s => s.GetProperty("module").GetString() == module && s.GetProperty("status").GetString() == status).GetProperty("count").GetInt32();

    private static int? Number(JsonElement dashboard, string name) =>
        dashboard.GetProperty(name).ValueKind == JsonValueKind.Null ? null : dashboard.GetProperty(name).GetInt32();

    [Fact]
    public async Task The_quality_manager_counts_the_whole_office()
    {
        await ThreeAsync();

        var dashboard = await ExpectAsync(HttpStatusCode.OK, QualityManager.GetAsync(Dashboard));

        Assert.Equal("Office", dashboard.GetProperty("scope").GetString());
        Assert.Equal("2026-03-02", dashboard.GetProperty("today").GetString());
        Assert.Equal("2026-03-08", dashboard.GetProperty("weekEndsOn").GetString());
        Assert.Equal(3, Open(dashboard, "Intake", "Registered"));
        Assert.Equal(0, Open(dashboard, "Intake", "Acknowledged"));
        Assert.Equal(1, Open(dashboard, "Handling", "Open"));
        Assert.Equal(2, Open(dashboard, "Handling", "Assigned"));
        Assert.Equal(0, Open(dashboard, "Handling", "Decided"));
        Assert.Equal(1, Number(dashboard, "acknowledgementDueThisWeek"));
        Assert.Equal(1, Number(dashboard, "settlementDueThisWeek"));
        Assert.Equal(2, dashboard.GetProperty("overdue").GetProperty("acknowledgement").GetInt32());
        Assert.Equal(1, dashboard.GetProperty("overdue").GetProperty("settlement").GetInt32());
        Assert.Equal(3, Number(dashboard, "waitingForClassification"));
        Assert.Equal(0, Number(dashboard, "assignedToMe"));
        Assert.Equal(1, Number(dashboard, "unassigned"));
        Assert.Equal(0, Number(dashboard, "registeredByMe"));
    }

    [Fact]
    public async Task An_officer_counts_what_their_work_lists_show_them()
    {
        await ThreeAsync();

        var dashboard = await ExpectAsync(HttpStatusCode.OK, OfficerClient.GetAsync(Dashboard));

        Assert.Equal("Own", dashboard.GetProperty("scope").GetString());
        Assert.Equal(1, Open(dashboard, "Intake", "Registered"));
        Assert.Equal(1, Open(dashboard, "Handling", "Open"));
        Assert.Equal(1, Open(dashboard, "Handling", "Assigned"));
        Assert.Equal(1, Number(dashboard, "acknowledgementDueThisWeek"));
        Assert.Equal(1, Number(dashboard, "settlementDueThisWeek"));
        Assert.Equal(0, dashboard.GetProperty("overdue").GetProperty("acknowledgement").GetInt32());
        Assert.Equal(0, dashboard.GetProperty("overdue").GetProperty("settlement").GetInt32());
        Assert.Null(Number(dashboard, "waitingForClassification"));
        Assert.Equal(1, Number(dashboard, "assignedToMe"));
        Assert.Equal(1, Number(dashboard, "unassigned"));
    }

    [Fact]
    public async Task An_employee_counts_what_they_registered_and_gets_no_case_counts()
    {
        await ThreeAsync();

        var dashboard = await ExpectAsync(HttpStatusCode.OK, CreateClient(Visser, Roles.Employee).GetAsync(Dashboard));

        Assert.Equal("Own", dashboard.GetProperty("scope").GetString());
        Assert.Equal(2, Open(dashboard, "Intake", "Registered"));
        Assert.DoesNotContain(dashboard.GetProperty("openPerStatus").EnumerateArray(), s => s.GetProperty("module").GetString() == "Handling");
        Assert.Equal(1, Number(dashboard, "acknowledgementDueThisWeek"));
        Assert.Equal(1, dashboard.GetProperty("overdue").GetProperty("acknowledgement").GetInt32());
        Assert.Null(Number(dashboard, "settlementDueThisWeek"));
        Assert.Equal(JsonValueKind.Null, dashboard.GetProperty("overdue").GetProperty("settlement").ValueKind);
        Assert.Null(Number(dashboard, "assignedToMe"));
        Assert.Null(Number(dashboard, "waitingForClassification"));
        Assert.Equal(2, Number(dashboard, "registeredByMe"));
    }

    [Fact]
    public async Task This_week_is_the_Amsterdam_week_of_today()
    {
        await ThreeAsync();
        // Sunday 8 March 23:30 UTC is already Monday 9 March in Amsterdam: a new week, B's acknowledgement (due 6 March) overdue.
        Clock.Set(new DateTimeOffset(2026, 3, 8, 23, 30, 0, TimeSpan.Zero));

        var dashboard = await ExpectAsync(HttpStatusCode.OK, QualityManager.GetAsync(Dashboard));

        Assert.Equal("2026-03-09", dashboard.GetProperty("today").GetString());
        Assert.Equal("2026-03-15", dashboard.GetProperty("weekEndsOn").GetString());
        Assert.Equal(0, Number(dashboard, "acknowledgementDueThisWeek"));
        Assert.Equal(3, dashboard.GetProperty("overdue").GetProperty("acknowledgement").GetInt32());
    }
}

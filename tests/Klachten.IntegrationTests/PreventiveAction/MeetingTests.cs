using System.Net;
using System.Net.Http.Json;
using Klachten.IntegrationTests.Infrastructure;

namespace Klachten.IntegrationTests.PreventiveAction;

public sealed class MeetingTests(ApiFixture fixture) : PreventiveActionApiTest(fixture)
{
    private static string Meeting(Guid id, string step = "") => $"{Api}/meetings/{id}{step}";

    private async Task<Guid> PlanAsync(string kind = "YearlyComplaints", params string[] participants)
    {
        var created = await ExpectAsync(HttpStatusCode.Created, QualityManager.PostAsJsonAsync($"{Api}/meetings", new
        {
            heldOn = "2026-03-20",
            kind,
            participants = participants.Length == 0 ? new[] { DirectorName, QualityManagerName, OwnerName } : participants,
        }, ApiJson.Options));
        return created.GetProperty("id").GetGuid();
    }

    private Task<HttpResponseMessage> AddAsync(Guid meetingId, object item) => QualityManager.PostAsJsonAsync(Meeting(meetingId, "/agenda"),
        item, ApiJson.Options);

    [Fact]
    public async Task Management_decides_in_the_yearly_meeting_which_closes_with_the_analysis_measures_and_minutes()
    {
        await PublishYearlyAnalysisAsync(2025, Recommendation());
        var meetingId = await PlanAsync();
        var measureId = await ProposeAsync();
        await ExpectAsync(HttpStatusCode.Created, AddAsync(meetingId,
            new { kind = "YearlyAnalysis", analysisYear = 2025, analysisVersion = 1 }));
        await ExpectAsync(HttpStatusCode.Created, AddAsync(meetingId, new { kind = "MeasureToDecide", measureId }));
        await ExpectAsync(HttpStatusCode.OK, Management.PostAsJsonAsync(Measure(measureId, "/decision"), new
        {
            decision = "Approved", reasoning = "Besproken in het jaaroverleg.", analysisYear = 2025, analysisVersion = 1, meetingId,
        }, ApiJson.Options));

        await ExpectRefusedAsync(HttpStatusCode.Conflict, "minutes_missing", QualityManager.PostAsync(Meeting(meetingId, "/closure"),
            null));
        await ExpectAsync(HttpStatusCode.OK, QualityManager.PostAsJsonAsync(Meeting(meetingId, "/minutes"),
            new { text = "De analyse 2025 is besproken; de directie keurt PM-2026-001 goed." }, ApiJson.Options));
        var closed = await ExpectAsync(HttpStatusCode.OK, QualityManager.PostAsync(Meeting(meetingId, "/closure"), null));
        Assert.True(closed.GetProperty("closed").GetBoolean());

        var meeting = await ExpectAsync(HttpStatusCode.OK, CreateClient(OwnerName, "Employee").GetAsync(Meeting(meetingId)));
        Assert.Equal("Jaarlijks kantooroverleg klachten 2026", meeting.GetProperty("title").GetString());
        Assert.Equal(["Jaarlijkse klachtenanalyse 2025 (versie 1)", "Besluit over maatregel PM-2026-001: Kosten vooraf uitleggen"],
            meeting.GetProperty("agenda").EnumerateArray().Select(i => i.GetProperty("title").GetString()));
        var decision = Assert.Single(meeting.GetProperty("decisions").EnumerateArray());
        Assert.Equal(("PM-2026-001", "Approved", DirectorName),
            (decision.GetProperty("reference").GetString(), decision.GetProperty("decision").GetString(),
            decision.GetProperty("decidedBy").GetString()));
        Assert.Equal(meetingId, (await GetMeasureAsync(measureId)).GetProperty("decision").GetProperty("meetingId").GetGuid());

        var other = await ProposeAsync();
        await ExpectRefusedAsync(HttpStatusCode.Conflict, "meeting_closed", Management.PostAsJsonAsync(Measure(other, "/decision"),
            new { decision = "Deferred", reasoning = "Later.", meetingId }, ApiJson.Options));
        await ExpectRefusedAsync(HttpStatusCode.Conflict, "meeting_closed", AddAsync(meetingId,
            new { kind = "MeasureToPresent", measureId = other }));
        await ExpectRefusedAsync(HttpStatusCode.Conflict, "meeting_closed", QualityManager.PostAsJsonAsync(Meeting(meetingId, "/minutes"),
            new { text = "Anders." }, ApiJson.Options));
    }

    [Fact]
    public async Task The_yearly_meeting_cannot_close_without_the_published_analysis_and_measures_on_its_agenda()
    {
        await PublishYearlyAnalysisAsync(2025, Recommendation());
        var meetingId = await PlanAsync();
        await ExpectAsync(HttpStatusCode.OK, QualityManager.PostAsJsonAsync(Meeting(meetingId, "/minutes"), new { text = "Besproken." },
            ApiJson.Options));
        await ExpectRefusedAsync(HttpStatusCode.Conflict, "yearly_analysis_not_on_agenda", QualityManager.PostAsync(Meeting(meetingId,
            "/closure"), null));
        await ExpectAsync(HttpStatusCode.Created, AddAsync(meetingId,
            new { kind = "YearlyAnalysis", analysisYear = 2025, analysisVersion = 1 }));
        await ExpectRefusedAsync(HttpStatusCode.Conflict, "measures_not_on_agenda", QualityManager.PostAsync(Meeting(meetingId, "/closure"),
            null));
        await ExpectAsync(HttpStatusCode.Created, AddAsync(meetingId,
            new { kind = "MeasureToPresent", measureId = await InProgressAsync() }));
        await ExpectAsync(HttpStatusCode.OK, QualityManager.PostAsync(Meeting(meetingId, "/closure"), null));

        var regular = await PlanAsync("Regular");
        await ExpectAsync(HttpStatusCode.OK, QualityManager.PostAsJsonAsync(Meeting(regular, "/minutes"), new { text = "Kort overleg." },
            ApiJson.Options));
        await ExpectAsync(HttpStatusCode.OK, QualityManager.PostAsync(Meeting(regular, "/closure"), null));
    }

    [Fact]
    public async Task Agenda_items_are_checked_where_they_live()
    {
        var meetingId = await PlanAsync("Regular");
        await ExpectRefusedAsync(HttpStatusCode.UnprocessableEntity, "analysis_not_published",
            AddAsync(meetingId, new { kind = "YearlyAnalysis", analysisYear = 2025, analysisVersion = 1 }));
        await ExpectRefusedAsync(HttpStatusCode.UnprocessableEntity, "report_not_found", AddAsync(meetingId,
            new { kind = "PeriodReport", reportId = Guid.NewGuid() }));
        await ExpectAsync(HttpStatusCode.NotFound, AddAsync(meetingId, new { kind = "MeasureToPresent", measureId = Guid.NewGuid() }));

        var saved = await ExpectAsync(HttpStatusCode.Created, QualityManager.PostAsJsonAsync("/api/analysis/reports/saved",
            new { from = "2026-01-01", to = "2026-02-28", title = "Eerste kwartaal 2026" }, ApiJson.Options));
        var reportId = saved.GetProperty("id").GetGuid();
        var report = await ExpectAsync(HttpStatusCode.Created, AddAsync(meetingId, new { kind = "periodreport", reportId }));
        Assert.Equal("Periodeoverzicht klachten: Eerste kwartaal 2026", report.GetProperty("title").GetString());
        await ExpectRefusedAsync(HttpStatusCode.Conflict, "agenda_item_exists", AddAsync(meetingId,
            new { kind = "PeriodReport", reportId }));

        var approved = await ApprovedAsync();
        await ExpectRefusedAsync(HttpStatusCode.Conflict, "measure_not_proposed", AddAsync(meetingId,
            new { kind = "MeasureToDecide", measureId = approved }));

        var problem = await ExpectAsync(HttpStatusCode.BadRequest, AddAsync(meetingId, new { kind = "YearlyAnalysis", measureId = "x" }));
        var errors = problem.GetProperty("errors");
        Assert.True(errors.TryGetProperty("analysisYear", out _));
        Assert.True(errors.TryGetProperty("analysisVersion", out _));
        Assert.True(errors.TryGetProperty("measureId", out _));
        Assert.Equal(1, await CountAsync("SELECT count(*) FROM preventive_action.meeting_agenda_items"));
    }

    [Fact]
    public async Task The_quality_manager_prepares_meetings_and_participants_may_read_them()
    {
        var form = new { heldOn = "2026-03-20", kind = "Regular", participants = new[] { OwnerName } };
        await ExpectAsync(HttpStatusCode.Forbidden, Management.PostAsJsonAsync($"{Api}/meetings", form, ApiJson.Options));
        await ExpectAsync(HttpStatusCode.Forbidden, OwnerClient.PostAsJsonAsync($"{Api}/meetings", form, ApiJson.Options));
        var meetingId = await PlanAsync("Regular", OwnerName);
        await ExpectAsync(HttpStatusCode.Forbidden, Management.PostAsJsonAsync(Meeting(meetingId, "/minutes"), new { text = "x" },
            ApiJson.Options));
        await ExpectAsync(HttpStatusCode.Forbidden, OwnerClient.PostAsync(Meeting(meetingId, "/closure"), null));

        await ExpectAsync(HttpStatusCode.OK, OwnerClient.GetAsync(Meeting(meetingId)));
        await ExpectAsync(HttpStatusCode.OK, Management.GetAsync(Meeting(meetingId)));
        await ExpectAsync(HttpStatusCode.Forbidden, OtherEmployeeClient.GetAsync(Meeting(meetingId)));
        await ExpectAsync(HttpStatusCode.Forbidden, OwnerClient.GetAsync($"{Api}/meetings"));
        var list = await ExpectAsync(HttpStatusCode.OK, Management.GetAsync($"{Api}/meetings?year=2026"));
        Assert.Equal(1L, list.GetProperty("totalCount").GetInt64());
        Assert.Equal(0L, (await ExpectAsync(HttpStatusCode.OK,
            Management.GetAsync($"{Api}/meetings?year=2025"))).GetProperty("totalCount").GetInt64());
        await ExpectAsync(HttpStatusCode.NotFound, Management.PostAsJsonAsync(Measure(await ProposeAsync(), "/decision"),
            new { decision = "Deferred", reasoning = "Later.", meetingId = Guid.NewGuid() }, ApiJson.Options));
    }
}

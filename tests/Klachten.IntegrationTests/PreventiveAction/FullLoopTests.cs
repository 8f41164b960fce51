using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Klachten.BuildingBlocks.Application;
using Klachten.IntegrationTests.Infrastructure;

namespace Klachten.IntegrationTests.PreventiveAction;

/// <summary>The seed's last two paragraphs through the real modules: from handled complaints to a measure checked for effect.</summary>
public sealed class FullLoopTests(ApiFixture fixture) : PreventiveActionApiTest(fixture)
{
    private const string Officer = "officer.devries";

    private static DateTimeOffset At(int year, int month, int day) => new(year, month, day, 9, 0, 0, TimeSpan.Zero);

    /// <summary>
    /// A complaint received now, registered by Intake, classified by the quality manager and decided in writing by its officer.
    /// </summary>
    private async Task HandledComplaintAsync(string category, string rootCause, string outcome)
    {
        var registered = await ExpectAsync(HttpStatusCode.Created, CreateClient("employee.visser",
            Roles.Employee).PostAsJsonAsync("/api/intake/complaints", new
            {
                complainant = new { name = "J. de Boer", type = "Debtor", email = "klager@example.org", phone = "0201234567" },
                fileNumber = "D-2025-0042",
                collectionAgent = "agent.jansen",
                channel = "Phone",
                receivedAt = Clock.GetUtcNow().AddHours(-1).ToString("yyyy-MM-dd'T'HH:mm:ss'+00:00'", CultureInfo.InvariantCulture),
                description = "De incassokosten zijn te hoog berekend.",
                requestedOutcome = "Verlaging van de kosten.",
            }, ApiJson.Options));
        var id = registered.GetProperty("id").GetGuid();

        await Eventually(async () => (await QualityManager.PutAsJsonAsync($"/api/classification/complaints/{id}",
            new { categories = new[] { category }, rootCause }, ApiJson.Options)).StatusCode == HttpStatusCode.OK,
            "Classification knows the complaint");
        await Eventually(async () => await CountAsync("SELECT count(*) FROM handling.cases WHERE complaint_id = @id", new { id }) == 1,
            "Handling opens the case");
        await ExpectAsync(HttpStatusCode.OK, QualityManager.PostAsJsonAsync($"/api/handling/cases/{id}/assignment",
            new { officer = Officer }, ApiJson.Options));
        var officer = CreateClient(Officer, Roles.ComplaintsOfficer);
        await ExpectAsync(HttpStatusCode.OK, officer.PostAsJsonAsync($"/api/handling/cases/{id}/decision",
            new { outcome, reasoning = "Beoordeeld aan de hand van het dossier." }, ApiJson.Options));
        // Handling raises ComplaintDecided, which Analysis counts, when the decision letter goes out.
        await ExpectAsync(HttpStatusCode.OK, officer.PostAsJsonAsync($"/api/handling/cases/{id}/decision-letter", new { channel = "Email" },
            ApiJson.Options));
        await Eventually(async () => await CountAsync(
            "SELECT count(*) FROM analysis.complaint_facts WHERE complaint_id = @id AND outcome = @outcome AND @category = ANY(categories)",
            new { id, outcome, category }) == 1, "Analysis has the complaint's classification and outcome");
    }

    [Fact]
    public async Task Handled_complaints_lead_through_yearly_analysis_and_meeting_to_a_measure_whose_effect_is_counted_before_and_after()
    {
        Clock.Set(At(2025, 9, 15));
        await HandledComplaintAsync("Financial", "WrongAmount", "WellFounded");
        Clock.Set(At(2025, 10, 1));
        await HandledComplaintAsync("Conduct", "Communication", "WellFounded");
        Clock.Set(At(2025, 10, 20));
        await HandledComplaintAsync("Financial", "WrongAmount", "PartlyWellFounded");
        Clock.Set(At(2025, 11, 17));
        await HandledComplaintAsync("Financial", "WrongAmount", "Unfounded");

        // January: the quality manager publishes the yearly analysis with a recommendation and prepares the yearly meeting.
        Clock.Set(At(2026, 1, 12));
        var (version, ids) = await PublishYearlyAnalysisAsync(2025,
            Recommendation("Leg in de eerste brief uit hoe de incassokosten zijn berekend."));
        var recommendation = Assert.Single((await ExpectAsync(HttpStatusCode.OK,
            QualityManager.GetAsync($"{Api}/recommendations?year=2025"))).EnumerateArray());
        Assert.Equal(ids[0], recommendation.GetProperty("recommendationId").GetGuid());
        var proposal = await ExpectAsync(HttpStatusCode.Created, QualityManager.PostAsJsonAsync($"{Api}/measures",
            new { recommendationId = ids[0] }, ApiJson.Options));
        var measureId = proposal.GetProperty("id").GetGuid();
        var meeting = await ExpectAsync(HttpStatusCode.Created, QualityManager.PostAsJsonAsync($"{Api}/meetings",
            new { heldOn = "2026-02-10", kind = "YearlyComplaints", participants = new[] { DirectorName, QualityManagerName, OwnerName } },
            ApiJson.Options));
        var meetingId = meeting.GetProperty("id").GetGuid();
        await ExpectAsync(HttpStatusCode.Created, QualityManager.PostAsJsonAsync($"{Api}/meetings/{meetingId}/agenda",
            new { kind = "YearlyAnalysis", analysisYear = 2025, analysisVersion = version }, ApiJson.Options));
        await ExpectAsync(HttpStatusCode.Created, QualityManager.PostAsJsonAsync($"{Api}/meetings/{meetingId}/agenda",
            new { kind = "MeasureToDecide", measureId }, ApiJson.Options));

        // The meeting: management approves the measure on the analysis; the minutes are recorded and the meeting closed.
        Clock.Set(At(2026, 2, 10));
        await ExpectAsync(HttpStatusCode.OK, Management.PostAsJsonAsync(Measure(measureId, "/decision"), new
        {
            decision = "Approved", reasoning = "Drie van de vier klachten in 2025 gingen over de berekening van de kosten.",
            analysisYear = 2025, analysisVersion = version, meetingId,
        }, ApiJson.Options));
        await ExpectAsync(HttpStatusCode.OK, QualityManager.PostAsJsonAsync($"{Api}/meetings/{meetingId}/minutes",
            new { text = "De jaaranalyse 2025 is besproken. De directie keurt PM-2026-001 goed." }, ApiJson.Options));
        await ExpectAsync(HttpStatusCode.OK, QualityManager.PostAsync($"{Api}/meetings/{meetingId}/closure", null));
        await ExpectAsync(HttpStatusCode.OK, QualityManager.PostAsJsonAsync(Measure(measureId, "/start"),
            new { owner = OwnerName, dueOn = "2026-03-31", reviewOn = "2026-09-30" }, ApiJson.Options));

        // The owner carries it out; afterwards one more complaint about the costs comes in.
        Clock.Set(At(2026, 3, 2));
        await ExpectAsync(HttpStatusCode.OK, OwnerClient.PostAsJsonAsync(Measure(measureId, "/progress"),
            new { note = "Nieuwe briefsjabloon in gebruik." }, ApiJson.Options));
        await ExpectAsync(HttpStatusCode.OK, OwnerClient.PostAsJsonAsync(Measure(measureId, "/completion"),
            new { result = "De eerste brief bevat een specificatie van de incassokosten." }, ApiJson.Options));
        Clock.Set(At(2026, 5, 4));
        await HandledComplaintAsync("Financial", "WrongAmount", "Unfounded");

        // The effectiveness review: 213 days after completion (3 March to 1 October) against the 213 days before (1 August 2025 to 1
        // March).
        Clock.Set(At(2026, 10, 1));
        var review = await ExpectAsync(HttpStatusCode.OK, QualityManager.PostAsJsonAsync(Measure(measureId, "/effectiveness-review"),
            new { effectiveness = "Effective", notes = "Minder klachten over de kosten, en geen gegronde meer." }, ApiJson.Options));
        Assert.Equal("Closed", review.GetProperty("status").GetString());
        var before = review.GetProperty("before");
        var after = review.GetProperty("after");
        Assert.Equal(("2025-08-01", "2026-03-01"), (before.GetProperty("from").GetString(), before.GetProperty("to").GetString()));
        Assert.Equal(("2026-03-03", "2026-10-01"), (after.GetProperty("from").GetString(), after.GetProperty("to").GetString()));
        Assert.Equal((3, 2), (before.GetProperty("received").GetInt32(), before.GetProperty("upheld").GetInt32()));
        Assert.Equal((1, 0), (after.GetProperty("received").GetInt32(), after.GetProperty("upheld").GetInt32()));

        var details = await GetMeasureAsync(measureId);
        Assert.Equal("Closed", details.GetProperty("status").GetString());
        Assert.Equal(meetingId, details.GetProperty("decision").GetProperty("meetingId").GetGuid());
        Assert.Equal(2025, details.GetProperty("decision").GetProperty("analysisYear").GetInt32());
        var closedMeeting = await ExpectAsync(HttpStatusCode.OK, Management.GetAsync($"{Api}/meetings/{meetingId}"));
        Assert.Equal("PM-2026-001",
            Assert.Single(closedMeeting.GetProperty("decisions").EnumerateArray()).GetProperty("reference").GetString());
        Assert.NotNull(closedMeeting.GetProperty("closedAt").GetString());
    }
}

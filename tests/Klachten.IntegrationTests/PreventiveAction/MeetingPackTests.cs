using System.Net;
using System.Net.Http.Json;
using Klachten.IntegrationTests.Infrastructure;
using UglyToad.PdfPig;

namespace Klachten.IntegrationTests.PreventiveAction;

public sealed class MeetingPackTests(ApiFixture fixture) : PreventiveActionApiTest(fixture)
{
    [Fact]
    public async Task The_meeting_pack_is_a_Dutch_PDF_with_agenda_analysis_figures_and_chart_measures_to_decide_and_last_years_measures()
    {
        // Last year's measure: carried out in 2025 and judged not effective.
        Clock.Set(new DateTimeOffset(2025, 5, 1, 9, 0, 0, TimeSpan.Zero));
        var lastYear = await InProgressAsync(dueOn: "2025-06-30", reviewOn: "2025-12-31", analysisYear: 2024);
        Clock.Set(new DateTimeOffset(2025, 6, 2, 9, 0, 0, TimeSpan.Zero));
        await ExpectAsync(HttpStatusCode.OK, OwnerClient.PostAsJsonAsync(Measure(lastYear, "/completion"),
            new { result = "Brief aangepast." }, ApiJson.Options));
        Clock.Set(new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero));
        await ExpectAsync(HttpStatusCode.OK, QualityManager.PostAsJsonAsync(Measure(lastYear, "/effectiveness-review"),
            new { effectiveness = "NotEffective", notes = "Geen verschil." }, ApiJson.Options));

        Clock.Set(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
        var (version, ids) = await PublishYearlyAnalysisAsync(2025,
            Recommendation("Train de medewerkers in klantgericht reageren.", "Training", "Conduct", "Communication"));
        var proposal = await ExpectAsync(HttpStatusCode.Created, QualityManager.PostAsJsonAsync($"{Api}/measures",
            new { recommendationId = ids[0] }, ApiJson.Options));
        var meeting = await ExpectAsync(HttpStatusCode.Created, QualityManager.PostAsJsonAsync($"{Api}/meetings",
            new { heldOn = "2026-03-20", kind = "YearlyComplaints", participants = new[] { DirectorName, QualityManagerName, OwnerName } },
            ApiJson.Options));
        var meetingId = meeting.GetProperty("id").GetGuid();
        await ExpectAsync(HttpStatusCode.Created, QualityManager.PostAsJsonAsync($"{Api}/meetings/{meetingId}/agenda",
            new { kind = "YearlyAnalysis", analysisYear = 2025, analysisVersion = version }, ApiJson.Options));
        await ExpectAsync(HttpStatusCode.Created, QualityManager.PostAsJsonAsync($"{Api}/meetings/{meetingId}/agenda",
            new { kind = "MeasureToDecide", measureId = proposal.GetProperty("id").GetGuid() }, ApiJson.Options));

        var response = await Management.GetAsync($"{Api}/meetings/{meetingId}/pack.pdf");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        var pdf = await response.Content.ReadAsByteArrayAsync();
        using var document = PdfDocument.Open(pdf);
        var text = string.Join("\n", document.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
        foreach (var expected in new[]
                 {
                     "Jaarlijks kantooroverleg klachten 2026", "Vergaderstukken 20 maart 2026", "Agenda",
                         "Jaarlijkse klachtenanalyse 2025 (versie 1)",
                     "Jaaranalyse klachten 2025", "Ontvangen klachten", "Klachten per maand", "Maatregelen ter besluitvorming",
                     "PM-2026-001", "Train de medewerkers in klantgericht reageren.",
                     "Aanbeveling uit de klachtenanalyse 2025 (versie 1)", "Maatregelen van vorig jaar (2025)", "PM-2025-001",
                     "Niet effectief", "Pagina 1 van",
                 })
        {
            Assert.Contains(expected, text);
        }

        Assert.True(document.GetPages().Sum(p => p.GetImages().Count()) >= 1, "the analysis's chart is in the pack");
        Assert.Equal(1, await CountAsync("SELECT count(*) FROM audit.audit_trail WHERE action = 'MeetingPackRead' AND subject_id = @id",
            new { id = meetingId.ToString() }));
    }

    [Fact]
    public async Task The_pack_is_for_the_quality_manager_management_and_the_participants()
    {
        var meeting = await ExpectAsync(HttpStatusCode.Created, QualityManager.PostAsJsonAsync($"{Api}/meetings",
            new { heldOn = "2026-03-20", kind = "Regular", participants = new[] { OwnerName } }, ApiJson.Options));
        var pack = $"{Api}/meetings/{meeting.GetProperty("id").GetGuid()}/pack.pdf";
        Assert.Equal(HttpStatusCode.OK, (await OwnerClient.GetAsync(pack)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await QualityManager.GetAsync(pack)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await OtherEmployeeClient.GetAsync(pack)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await QualityManager.GetAsync($"{Api}/meetings/{Guid.NewGuid()}/pack.pdf")).StatusCode);
    }
}

using System.Net;
using System.Net.Http.Json;
using Dapper;
using Klachten.BuildingBlocks.Application;
using Klachten.IntegrationTests.Infrastructure;

namespace Klachten.IntegrationTests.Handling;

/// <summary>What the office writes for itself (extension reason, contact notes, root-cause note) never reaches a letter.</summary>
public sealed class LettersCarryNothingInternalTests(ApiFixture fixture) : HandlingApiTest(fixture)
{
    private const string Internal = "INTERN-7Q";

    [Fact]
    public async Task No_internal_field_appears_in_any_letter_or_e_mail_of_any_module()
    {
        var id = await WriteEveryLetterAsync();

        var mails = Directory.EnumerateFiles(MailDirectory, "*.eml").Select(ReadMail).ToList();
        Assert.Contains(mails, m => m.Contains("Wij wachten op gegevens van de opdrachtgever", StringComparison.Ordinal));
        Assert.True(mails.Count >= 4, $"acknowledgement, agent notice, extension notice and decision letter were sent ({mails.Count})");
        Assert.All(mails, mail => Assert.DoesNotContain(Internal, mail, StringComparison.Ordinal));
        await using var connection = await Db.OpenConnectionAsync();
        var stored = (await connection.QueryAsync<string>(
            "SELECT coalesce(subject, '') || ' ' || coalesce(body, '') FROM intake.correspondence WHERE complaint_id = @id " +
            "UNION ALL SELECT subject || ' ' || body FROM handling.correspondence WHERE complaint_id = @id", new { id })).ToList();
        Assert.NotEmpty(stored);
        Assert.All(stored, letter => Assert.DoesNotContain(Internal, letter, StringComparison.Ordinal));
    }

    [Fact]
    public async Task No_internal_field_appears_in_any_letter_PDF_printed_or_attached()
    {
        var id = await WriteEveryLetterAsync();

        var attached = Directory.EnumerateFiles(MailDirectory, "*.eml").SelectMany(LetterPdfs.Attachments).Select(a => a.Content).ToList();
        var intake = (await QualityManager.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/intake/complaints/{id}/correspondence"))
            .EnumerateArray().Select(l => $"/api/intake/complaints/{id}/correspondence/{l.GetProperty("id").GetGuid()}.pdf");
        var handling = (await GetCaseAsync(id)).GetProperty("correspondence").EnumerateArray()
            .Select(l => Cases(id, $"/correspondence/{l.GetProperty("id").GetGuid()}.pdf"));
        var printed = new List<byte[]>();
        foreach (var url in intake.Concat(handling))
        {
            printed.Add(await LetterPdfs.GetAsync(QualityManager, url));
        }

        Assert.True(attached.Count >= 4, $"every e-mail carried its letter ({attached.Count} PDFs attached)");
        Assert.True(printed.Count >= 4, $"every letter prints ({printed.Count} PDFs)");
        var texts = attached.Concat(printed).Select(LetterPdfs.Squeezed).ToList();
        Assert.Contains(texts, t => t.Contains("Wij wachten op gegevens van de opdrachtgever", StringComparison.Ordinal));
        Assert.All(texts, text => Assert.DoesNotContain(Internal, text, StringComparison.Ordinal));
        Assert.All(texts, text => Assert.DoesNotContain("verlof", text, StringComparison.Ordinal));
    }

    /// <summary>Every letter and notice of both modules for one complaint, with internal texts marked <see cref="Internal"/>.</summary>
    private async Task<Guid> WriteEveryLetterAsync()
    {
        var id = await RegisterAndAssignAsync();
        var officer = OfficerClient;
        await Eventually(async () => (await QualityManager.PutAsJsonAsync($"/api/classification/complaints/{id}", new
        {
            categories = new[] { "Financial" },
            rootCause = "Communication",
            rootCauseNote = $"{Internal} oorzaak: medewerker vergat de bevestiging.",
        }, ApiJson.Options)).IsSuccessStatusCode, "the complaint reached the classification queue");
        await ExpectAsync(HttpStatusCode.OK, QualityManager.PostAsJsonAsync($"/api/intake/complaints/{id}/acknowledgement",
            new { channel = "Email" }, ApiJson.Options));
        await ExpectAsync(HttpStatusCode.Created, officer.PostAsJsonAsync(Cases(id, "/contacts"), new
        {
            contactedAt = "2026-03-02T08:50:00Z", channel = "Phone", summary = $"{Internal} klager was boos", nextStep = $"{Internal} teamleider bellen",
        }, ApiJson.Options));
        Clock.Set(new DateTimeOffset(2026, 3, 10, 9, 0, 0, TimeSpan.Zero));
        await ExpectAsync(HttpStatusCode.OK, officer.PostAsJsonAsync(Cases(id, "/extension"), new
        {
            newDueOn = "2026-03-30",
            reason = $"{Internal} de betrokken medewerker is tot 8 december met verlof",
            messageToComplainant = "Wij wachten op gegevens van de opdrachtgever die wij nodig hebben voor ons onderzoek.",
        }, ApiJson.Options));
        await ExpectAsync(HttpStatusCode.OK, officer.PostAsJsonAsync(Cases(id, "/decision"),
            new { outcome = "Unfounded", reasoning = "De kosten zijn juist berekend." }, ApiJson.Options));
        await ExpectAsync(HttpStatusCode.OK, officer.PostAsJsonAsync(Cases(id, "/decision-letter"), new { channel = "Email" }, ApiJson.Options));
        return id;
    }
}

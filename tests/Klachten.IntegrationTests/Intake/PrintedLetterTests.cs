using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Klachten.BuildingBlocks.Application;
using Klachten.IntegrationTests.Infrastructure;
using static Klachten.IntegrationTests.Intake.IntakeApi;

namespace Klachten.IntegrationTests.Intake;

/// <summary>Intake's letters printed as PDF, posted by hand, attached to the e-mail, and previewed before they go.</summary>
public sealed class PrintedLetterTests(ApiFixture fixture) : ApiTest(fixture)
{
    private async Task<JsonElement> OnlyLetterAsync(Guid complaintId) =>
        Assert.Single((await CreateClient("kees", Roles.QualityManager)
            .GetFromJsonAsync<JsonElement>($"{Complaints}/{complaintId}/correspondence")).EnumerateArray());

    [Fact]
    public async Task An_email_acknowledgement_carries_the_same_PDF_the_letter_prints_as()
    {
        var id = (await RegisterAsync(CreateClient("anna", Roles.Employee), Form(name: "S. van der Berg", salutation: "Mrs", address: Address)))
            .GetProperty("id").GetGuid();
        Clock.Set(new DateTimeOffset(2026, 3, 3, 10, 0, 0, TimeSpan.Zero));

        await CreateClient("kees", Roles.QualityManager).PostAsJsonAsync($"{Complaints}/{id}/acknowledgement", new { channel = "Email" });

        var eml = Assert.Single(Directory.EnumerateFiles(MailDirectory, "*.eml"));
        Assert.Contains("multipart/mixed", File.ReadAllText(eml), StringComparison.OrdinalIgnoreCase);
        var (fileName, attached) = Assert.Single(LetterPdfs.Attachments(eml));
        Assert.Equal("KL-2026-000001-Acknowledgement.pdf", fileName);
        var letter = await OnlyLetterAsync(id);
        var printed = await LetterPdfs.GetAsync(CreateClient("kees", Roles.QualityManager),
            $"{Complaints}/{id}/correspondence/{letter.GetProperty("id").GetGuid()}.pdf");
        Assert.Equal(printed, attached);
        var text = LetterPdfs.Squeezed(printed);
        Assert.Contains("Mevrouw S. van der Berg Damrak 1 1012 LG Amsterdam", text, StringComparison.Ordinal);
        Assert.Contains("3 maart 2026", text, StringComparison.Ordinal);
        Assert.Contains("Ons kenmerk KL-2026-000001", text, StringComparison.Ordinal);
        Assert.Contains("Geachte mevrouw Van der Berg,", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_letter_acknowledgement_is_printed_then_posted_once_by_the_employee_who_posts_it()
    {
        var id = (await RegisterAsync(CreateClient("anna", Roles.Employee), Form(email: null, address: Address))).GetProperty("id").GetGuid();
        await CreateClient("kees", Roles.QualityManager).PostAsJsonAsync($"{Complaints}/{id}/acknowledgement", new { channel = "Letter" });
        var letter = await OnlyLetterAsync(id);
        var letterId = letter.GetProperty("id").GetGuid();
        Assert.Equal("Printed", letter.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, letter.GetProperty("postedAt").ValueKind);
        var pdf = await LetterPdfs.GetAsync(CreateClient("anna", Roles.Employee), $"{Complaints}/{id}/correspondence/{letterId}.pdf");
        Assert.Contains("J. de Vries Damrak 1 1012 LG Amsterdam", LetterPdfs.Squeezed(pdf), StringComparison.Ordinal);
        Clock.Set(new DateTimeOffset(2026, 3, 4, 8, 15, 0, TimeSpan.Zero));

        var posted = await CreateClient("anna", Roles.Employee).PostAsync($"{Complaints}/{id}/correspondence/{letterId}/posted", null);
        var again = await CreateClient("anna", Roles.Employee).PostAsync($"{Complaints}/{id}/correspondence/{letterId}/posted", null);

        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.Equal("Posted", (await JsonAsync(posted)).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("letter_already_posted", (await JsonAsync(again)).GetProperty("code").GetString());
        letter = await OnlyLetterAsync(id);
        Assert.Equal("Posted", letter.GetProperty("status").GetString());
        Assert.Equal("anna", letter.GetProperty("postedBy").GetString());
        Assert.Equal("2026-03-04T08:15:00+00:00", letter.GetProperty("postedAt").GetString());
        Assert.Equal(1, await CountAsync(Db, "SELECT count(*) FROM audit.audit_trail WHERE action = 'LetterPosted' AND actor = 'anna'"));
        Assert.Empty(Mails(MailDirectory));
    }

    [Fact]
    public async Task Posting_an_email_is_422_letter_not_by_post()
    {
        var id = (await RegisterAsync(CreateClient("anna", Roles.Employee))).GetProperty("id").GetGuid();
        await CreateClient("kees", Roles.QualityManager).PostAsJsonAsync($"{Complaints}/{id}/acknowledgement", new { channel = "Email" });
        var letterId = (await OnlyLetterAsync(id)).GetProperty("id").GetGuid();

        var response = await CreateClient("kees", Roles.QualityManager).PostAsync($"{Complaints}/{id}/correspondence/{letterId}/posted", null);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("letter_not_by_post", (await JsonAsync(response)).GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_letters_PDF_is_refused_to_another_employee_and_every_read_is_audited()
    {
        var id = (await RegisterAsync(CreateClient("anna", Roles.Employee))).GetProperty("id").GetGuid();
        var letterId = (await OnlyLetterAsync(id)).GetProperty("id").GetGuid();

        var refused = await CreateClient("bert", Roles.Employee).GetAsync($"{Complaints}/{id}/correspondence/{letterId}.pdf");
        var unknown = await CreateClient("kees", Roles.QualityManager).GetAsync($"{Complaints}/{id}/correspondence/{Guid.NewGuid()}.pdf");
        await LetterPdfs.GetAsync(CreateClient("kees", Roles.QualityManager), $"{Complaints}/{id}/correspondence/{letterId}.pdf");

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(1, await CountAsync(Db, "SELECT count(*) FROM audit.audit_trail WHERE action = 'LetterPdfReadRefused' AND actor = 'bert'"));
        Assert.Equal(1, await CountAsync(Db, "SELECT count(*) FROM audit.audit_trail WHERE action = 'LetterPdfRead' AND actor = 'kees'"));
    }

    [Fact]
    public async Task The_acknowledgement_preview_shows_the_letter_and_records_nothing_but_its_read()
    {
        var id = (await RegisterAsync(CreateClient("anna", Roles.Employee), Form(address: Address))).GetProperty("id").GetGuid();
        const string written = """
            SELECT (SELECT count(*) FROM intake.correspondence) * 1000000
                 + (SELECT count(*) FROM intake.correspondence WHERE body IS NOT NULL OR status <> 'Draft') * 10000
                 + (SELECT count(*) FROM intake.outbox_messages) * 100
                 + (SELECT count(*) FROM audit.audit_trail WHERE actor = 'kees' AND action <> 'AcknowledgementPreviewed')
            """;
        var before = await CountAsync(Db, written);
        var officer = CreateClient("kees", Roles.QualityManager);

        var json = await officer.GetFromJsonAsync<JsonElement>($"{Complaints}/{id}/acknowledgement/preview?channel=Letter");
        var pdf = await LetterPdfs.GetAsync(officer, $"{Complaints}/{id}/acknowledgement/preview?format=pdf");

        Assert.Equal("Letter", json.GetProperty("channel").GetString());
        Assert.Equal("Ontvangstbevestiging van uw klacht, kenmerk KL-2026-000001", json.GetProperty("subject").GetString());
        Assert.StartsWith("Geachte heer/mevrouw,", json.GetProperty("body").GetString(), StringComparison.Ordinal);
        Assert.Equal(["J. de Vries", "Damrak 1", "1012 LG Amsterdam"], json.GetProperty("addressee").EnumerateArray().Select(l => l.GetString()));
        Assert.Contains("Onderwerp Ontvangstbevestiging van uw klacht, kenmerk KL-2026-000001", LetterPdfs.Squeezed(pdf), StringComparison.Ordinal);
        Assert.Equal(before, await CountAsync(Db, written));
        Assert.DoesNotContain(MailTexts(MailDirectory), m => m.Contains("Ontvangstbevestiging", StringComparison.Ordinal));
        Assert.Equal(2, await CountAsync(Db, "SELECT count(*) FROM audit.audit_trail WHERE action = 'AcknowledgementPreviewed' AND actor = 'kees'"));
    }

    [Fact]
    public async Task A_preview_in_an_unknown_format_is_400_naming_the_format()
    {
        var id = (await RegisterAsync(CreateClient("anna", Roles.Employee))).GetProperty("id").GetGuid();

        var response = await CreateClient("kees", Roles.QualityManager).GetAsync($"{Complaints}/{id}/acknowledgement/preview?format=docx&channel=fax");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await JsonAsync(response)).GetProperty("errors");
        Assert.True(errors.TryGetProperty("format", out _) || errors.TryGetProperty("Format", out _), errors.ToString());
        Assert.True(errors.TryGetProperty("channel", out _) || errors.TryGetProperty("Channel", out _), errors.ToString());
    }

    [Fact]
    public async Task A_preview_of_an_acknowledged_complaint_is_409_as_sending_would_be()
    {
        var id = (await RegisterAsync(CreateClient("anna", Roles.Employee))).GetProperty("id").GetGuid();
        var qm = CreateClient("kees", Roles.QualityManager);
        await qm.PostAsJsonAsync($"{Complaints}/{id}/acknowledgement", new { channel = "Email" });

        var response = await qm.GetAsync($"{Complaints}/{id}/acknowledgement/preview");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("already_acknowledged", (await JsonAsync(response)).GetProperty("code").GetString());
    }
}

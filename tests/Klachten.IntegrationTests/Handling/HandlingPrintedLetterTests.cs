using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using Klachten.BuildingBlocks.Application;
using Klachten.IntegrationTests.Infrastructure;

namespace Klachten.IntegrationTests.Handling;

/// <summary>Handling's letters printed as PDF, posted by hand, attached to the e-mail, and the decision letter previewed.</summary>
public sealed class HandlingPrintedLetterTests(ApiFixture fixture) : HandlingApiTest(fixture)
{
    private async Task<Guid> DecidedAsync()
    {
        var id = await RegisterAndAssignAsync();
        await ExpectAsync(HttpStatusCode.OK, OfficerClient.PostAsJsonAsync(Cases(id, "/decision"),
            new { outcome = "Unfounded", reasoning = "De kosten zijn juist berekend." }, ApiJson.Options));
        return id;
    }

    private async Task<JsonElement> DecisionLetterAsync(Guid id) =>
        Assert.Single((await GetCaseAsync(id)).GetProperty("correspondence").EnumerateArray(), c => c.GetProperty("kind").GetString() == "DecisionLetter");

    [Fact]
    public async Task An_emailed_decision_letter_carries_the_PDF_the_letter_prints_as_with_the_address_in_the_window()
    {
        var id = await DecidedAsync();
        Clock.Set(new DateTimeOffset(2026, 3, 12, 9, 0, 0, TimeSpan.Zero));

        await ExpectAsync(HttpStatusCode.OK, OfficerClient.PostAsJsonAsync(Cases(id, "/decision-letter"), new { channel = "Email" }, ApiJson.Options));

        var eml = Assert.Single(MailsContaining("Beslissing op uw klacht"));
        var (fileName, attached) = Assert.Single(LetterPdfs.Attachments(eml));
        Assert.EndsWith("-DecisionLetter.pdf", fileName, StringComparison.Ordinal);
        var letterId = (await DecisionLetterAsync(id)).GetProperty("id").GetGuid();
        var printed = await LetterPdfs.GetAsync(OfficerClient, Cases(id, $"/correspondence/{letterId}.pdf"));
        Assert.Equal(printed, attached);
        var text = LetterPdfs.Squeezed(printed);
        Assert.Contains("Mevrouw J. de Boer Kerkstraat 1 1011 AA Amsterdam", text, StringComparison.Ordinal);
        Assert.Contains("12 maart 2026", text, StringComparison.Ordinal);
        Assert.Contains("Geachte mevrouw De Boer,", text, StringComparison.Ordinal);
        // The e-mail's own header lines become the letterhead's places, not a second address block.
        Assert.DoesNotContain("Datum:", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Ons kenmerk:", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_posted_decision_letter_is_printed_then_posted_once_and_an_email_is_never_posted()
    {
        var id = await DecidedAsync();
        await ExpectAsync(HttpStatusCode.OK, OfficerClient.PostAsJsonAsync(Cases(id, "/decision-letter"), new { channel = "Letter" }, ApiJson.Options));
        var letter = await DecisionLetterAsync(id);
        Assert.Equal("Printed", letter.GetProperty("status").GetString());
        var letterId = letter.GetProperty("id").GetGuid();
        Clock.Set(new DateTimeOffset(2026, 3, 13, 14, 0, 0, TimeSpan.Zero));

        var posted = await ExpectAsync(HttpStatusCode.OK, OfficerClient.PostAsync(Cases(id, $"/correspondence/{letterId}/posted"), null));
        await ExpectRefusedAsync(HttpStatusCode.Conflict, "letter_already_posted", OfficerClient.PostAsync(Cases(id, $"/correspondence/{letterId}/posted"), null));

        Assert.Equal("Posted", posted.GetProperty("status").GetString());
        letter = await DecisionLetterAsync(id);
        Assert.Equal("Posted", letter.GetProperty("status").GetString());
        Assert.Equal(Officer, letter.GetProperty("postedBy").GetString());
        Assert.Equal("2026-03-13T14:00:00+00:00", letter.GetProperty("postedAt").GetString());

        var other = await DecidedAsync();
        await ExpectAsync(HttpStatusCode.OK, OfficerClient.PostAsJsonAsync(Cases(other, "/decision-letter"), new { channel = "Email" }, ApiJson.Options));
        var emailId = (await DecisionLetterAsync(other)).GetProperty("id").GetGuid();
        await ExpectRefusedAsync(HttpStatusCode.UnprocessableEntity, "letter_not_by_post",
            OfficerClient.PostAsync(Cases(other, $"/correspondence/{emailId}/posted"), null));
    }

    [Fact]
    public async Task Posting_a_letter_raises_the_cases_version_and_a_colleagues_posting_with_the_old_ETag_is_412()
    {
        var id = await DecidedAsync();
        await ExpectAsync(HttpStatusCode.OK, OfficerClient.PostAsJsonAsync(Cases(id, "/decision-letter"), new { channel = "Letter" }, ApiJson.Options));
        var letterId = (await DecisionLetterAsync(id)).GetProperty("id").GetGuid();
        var officerRead = (await OfficerClient.GetAsync(Cases(id))).Headers.ETag!.Tag;
        var managerRead = (await QualityManager.GetAsync(Cases(id))).Headers.ETag!.Tag;
        Assert.Equal(officerRead, managerRead);
        var before = await VersionOfAsync(id);

        var posted = await PostWithIfMatch(OfficerClient, Cases(id, $"/correspondence/{letterId}/posted"), officerRead);
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.Equal(before + 1, await VersionOfAsync(id));
        Assert.Equal($"\"{before + 1}\"", posted.Headers.ETag?.Tag);

        // The colleague saw the letter unposted: told to reload (412), not that it is already posted; nothing changes.
        await ExpectRefusedAsync(HttpStatusCode.PreconditionFailed, ResourceVersionRules.StaleVersion,
            PostWithIfMatch(QualityManager, Cases(id, $"/correspondence/{letterId}/posted"), managerRead));
        Assert.Equal(before + 1, await VersionOfAsync(id));
        Assert.Equal(Officer, (await DecisionLetterAsync(id)).GetProperty("postedBy").GetString());
        Assert.Equal($"\"{before + 1}\"", (await QualityManager.GetAsync(Cases(id))).Headers.ETag?.Tag);
    }

    private static Task<HttpResponseMessage> PostWithIfMatch(HttpClient client, string url, string ifMatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url);
        request.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue(ifMatch));
        return client.SendAsync(request);
    }

    [Fact]
    public async Task A_letters_PDF_is_refused_to_another_officer_and_the_refusal_is_audited()
    {
        var id = await DecidedAsync();
        await ExpectAsync(HttpStatusCode.OK, OfficerClient.PostAsJsonAsync(Cases(id, "/decision-letter"), new { channel = "Letter" }, ApiJson.Options));
        var letterId = (await DecisionLetterAsync(id)).GetProperty("id").GetGuid();

        var refused = await CreateClient(OtherOfficer, Roles.ComplaintsOfficer).GetAsync(Cases(id, $"/correspondence/{letterId}.pdf"));
        await LetterPdfs.GetAsync(CreateClient("mgmt.jong", Roles.Management), Cases(id, $"/correspondence/{letterId}.pdf"));

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        await using var connection = await Db.OpenConnectionAsync();
        Assert.Equal(1, await connection.ExecuteScalarAsync<int>(
            "SELECT count(*) FROM audit.audit_trail WHERE action = 'LetterPdfReadRefused' AND actor = @OtherOfficer", new { OtherOfficer }));
        Assert.Equal(1, await connection.ExecuteScalarAsync<int>(
            "SELECT count(*) FROM audit.audit_trail WHERE action = 'LetterPdfRead' AND actor = 'mgmt.jong'"));
    }

    [Fact]
    public async Task The_decision_letter_preview_shows_the_letter_as_it_will_go_and_writes_nothing_but_its_reads()
    {
        var id = await RegisterAndAssignAsync();
        await ExpectRefusedAsync(HttpStatusCode.Conflict, "not_decided", OfficerClient.GetAsync(Cases(id, "/decision-letter/preview")));
        await ExpectAsync(HttpStatusCode.OK, OfficerClient.PostAsJsonAsync(Cases(id, "/decision"),
            new { outcome = "Unfounded", reasoning = "De kosten zijn juist berekend." }, ApiJson.Options));
        const string written = """
            SELECT (SELECT count(*) FROM handling.correspondence) * 1000000
                 + (SELECT sum(version) FROM handling.cases) * 10000
                 + (SELECT count(*) FROM handling.outbox_messages) * 100
                 + (SELECT count(*) FROM audit.audit_trail WHERE actor = 'officer.devries' AND action <> 'ComplainantContactRead')
            """;
        await using var connection = await Db.OpenConnectionAsync();
        var before = await connection.ExecuteScalarAsync<long>(written);
        const string contactReads = "SELECT count(*) FROM audit.audit_trail WHERE action = 'ComplainantContactRead' AND actor = @Officer";
        var contactReadsBefore = await connection.ExecuteScalarAsync<int>(contactReads, new { Officer });

        var json = await ExpectAsync(HttpStatusCode.OK, OfficerClient.GetAsync(Cases(id, "/decision-letter/preview")));
        var pdf = await LetterPdfs.GetAsync(OfficerClient, Cases(id, "/decision-letter/preview?format=pdf&channel=Letter"));

        Assert.Equal("Email", json.GetProperty("channel").GetString());
        Assert.Equal("klager@example.org", json.GetProperty("recipientAddress").GetString());
        Assert.StartsWith("Beslissing op uw klacht", json.GetProperty("subject").GetString(), StringComparison.Ordinal);
        Assert.Contains("Wij achten uw klacht ongegrond.", json.GetProperty("body").GetString(), StringComparison.Ordinal);
        Assert.Equal(["Mevrouw J. de Boer", "Kerkstraat 1", "1011 AA Amsterdam"], json.GetProperty("addressee").EnumerateArray().Select(l => l.GetString()));
        Assert.Contains("Wij achten uw klacht ongegrond.", LetterPdfs.Squeezed(pdf), StringComparison.Ordinal);
        Assert.Equal(before, await connection.ExecuteScalarAsync<long>(written));
        // (The agent's notice of the registration may arrive meanwhile; no decision letter may.)
        Assert.Empty(MailsContaining("Beslissing op uw klacht"));
        // Each preview is audited as the officer reading the complainant's data.
        Assert.Equal(contactReadsBefore + 2, await connection.ExecuteScalarAsync<int>(contactReads, new { Officer }));

        await ExpectAsync(HttpStatusCode.OK, OfficerClient.PostAsJsonAsync(Cases(id, "/decision-letter"), new { channel = "Email" }, ApiJson.Options));
        await ExpectRefusedAsync(HttpStatusCode.Conflict, "decision_letter_already_sent", OfficerClient.GetAsync(Cases(id, "/decision-letter/preview")));
    }

    [Fact]
    public async Task A_decision_letter_preview_in_an_unknown_format_is_400()
    {
        var id = await DecidedAsync();

        var problem = await ExpectAsync(HttpStatusCode.BadRequest, OfficerClient.GetAsync(Cases(id, "/decision-letter/preview?format=html")));

        Assert.Contains("format", problem.GetProperty("errors").ToString(), StringComparison.OrdinalIgnoreCase);
    }
}

using System.Net;
using System.Net.Http.Json;
using Klachten.BuildingBlocks.Application;
using Klachten.IntegrationTests.Infrastructure;
using static Klachten.IntegrationTests.Intake.IntakeApi;

namespace Klachten.IntegrationTests.Intake;

public sealed class AcknowledgementTests(ApiFixture fixture) : ApiTest(fixture)
{
    [Fact]
    public async Task The_acknowledgement_is_drafted_at_registration()
    {
        var id = (await RegisterAsync(CreateClient("anna", Roles.Employee))).GetProperty("id").GetGuid();

        var letters = await CreateClient("anna", Roles.Employee).GetFromJsonAsync<System.Text.Json.JsonElement>($"{Complaints}/{id}/correspondence");

        var draft = Assert.Single(letters.EnumerateArray());
        Assert.Equal("Acknowledgement", draft.GetProperty("kind").GetString());
        Assert.Equal("Draft", draft.GetProperty("status").GetString());
        Assert.Contains("KL-2026-000001", draft.GetProperty("body").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_email_acknowledgement_is_sent_in_Dutch_and_recorded_with_moment_and_sender()
    {
        var id = (await RegisterAsync(CreateClient("anna", Roles.Employee))).GetProperty("id").GetGuid();
        Clock.Set(new DateTimeOffset(2026, 3, 3, 10, 0, 0, TimeSpan.Zero));
        var officer = CreateClient("karin", Roles.ComplaintsOfficer);

        var response = await officer.PostAsJsonAsync($"{Complaints}/{id}/acknowledgement", new { channel = "Email" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True((await JsonAsync(response)).GetProperty("inTime").GetBoolean());
        var mail = Assert.Single(MailTexts(MailDirectory));
        Assert.Contains("j.devries@example.com", mail, StringComparison.Ordinal);
        // Registered without a salutation (as every complaint before the form asked for it): no guess at the form of address.
        Assert.Contains("Geachte heer/mevrouw,", mail, StringComparison.Ordinal);
        Assert.Contains("uw klacht van 2 maart 2026 ontvangen en geregistreerd onder kenmerk KL-2026-000001", mail, StringComparison.Ordinal);
        Assert.Contains("uiterlijk 16 maart 2026 schriftelijk onze reactie", mail, StringComparison.Ordinal);
        // Written at 10:00 UTC, which is 11:00 in Amsterdam in March: the Date header says the office's time.
        Assert.Matches(@"(?m)^Date: .*3 Mar 2026 11:00:00 \+0100", Assert.Single(Mails(MailDirectory)));
        // The body has 8-bit characters; without this header a strict relay may mangle them.
        Assert.Contains("Content-Transfer-Encoding: quoted-printable", Assert.Single(Mails(MailDirectory)), StringComparison.OrdinalIgnoreCase);

        var complaint = await CreateClient("kees", Roles.QualityManager).GetFromJsonAsync<System.Text.Json.JsonElement>($"{Complaints}/{id}");
        Assert.Equal("2026-03-03T10:00:00+00:00", complaint.GetProperty("acknowledgedAt").GetString());
        Assert.Equal("karin", complaint.GetProperty("acknowledgedBy").GetString());
        Assert.Equal("Acknowledged", complaint.GetProperty("status").GetString());

        var letter = Assert.Single((await CreateClient("kees", Roles.QualityManager)
            .GetFromJsonAsync<System.Text.Json.JsonElement>($"{Complaints}/{id}/correspondence")).EnumerateArray());
        Assert.Equal("Sent", letter.GetProperty("status").GetString());
        Assert.Equal("2026-03-03T10:00:00+00:00", letter.GetProperty("sentAt").GetString());
        Assert.Equal(1, letter.GetProperty("attempts").GetInt32());
        Assert.Equal(1, await CountAsync(Db, "SELECT count(*) FROM intake.outbox_messages WHERE event_type LIKE '%ReceiptAcknowledged%'"));
    }

    [Fact]
    public async Task An_organisations_acknowledgement_greets_its_contact_person_by_their_salutation()
    {
        var form = Form(name: "Woningcorporatie Groen Wonen B.V.", type: "Client", contactPerson: new { name = "R. Smit", salutation = "mr" });
        var id = (await RegisterAsync(CreateClient("anna", Roles.Employee), form)).GetProperty("id").GetGuid();
        var qm = CreateClient("kees", Roles.QualityManager);

        await qm.PostAsJsonAsync($"{Complaints}/{id}/acknowledgement", new { channel = "Email" });

        var mail = Assert.Single(MailTexts(MailDirectory));
        Assert.Contains("\nGeachte heer Smit,", mail.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        var complainant = (await qm.GetFromJsonAsync<System.Text.Json.JsonElement>($"{Complaints}/{id}")).GetProperty("complainant");
        Assert.Equal("None", complainant.GetProperty("salutation").GetString());
        Assert.Equal("R. Smit", complainant.GetProperty("contactPerson").GetProperty("name").GetString());
        Assert.Equal("Mr", complainant.GetProperty("contactPerson").GetProperty("salutation").GetString());
    }

    [Fact]
    public async Task A_persons_acknowledgement_greets_them_by_salutation_and_surname()
    {
        var id = (await RegisterAsync(CreateClient("anna", Roles.Employee), Form(name: "S. van der Berg", salutation: "Mrs")))
            .GetProperty("id").GetGuid();

        await CreateClient("kees", Roles.QualityManager).PostAsJsonAsync($"{Complaints}/{id}/acknowledgement", new { channel = "Email" });

        Assert.Contains("Geachte mevrouw Van der Berg,", Assert.Single(MailTexts(MailDirectory)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_second_acknowledgement_is_409_already_acknowledged()
    {
        var id = (await RegisterAsync(CreateClient("anna", Roles.Employee))).GetProperty("id").GetGuid();
        var qm = CreateClient("kees", Roles.QualityManager);
        await qm.PostAsJsonAsync($"{Complaints}/{id}/acknowledgement", new { channel = "Email" });

        var second = await qm.PostAsJsonAsync($"{Complaints}/{id}/acknowledgement", new { channel = "Letter" });

        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal("already_acknowledged", (await JsonAsync(second)).GetProperty("code").GetString());
        Assert.Single(Mails(MailDirectory));
    }

    [Fact]
    public async Task A_letter_is_recorded_as_printed_and_no_email_goes_out()
    {
        var id = (await RegisterAsync(CreateClient("anna", Roles.Employee), Form(email: null, address: Address))).GetProperty("id").GetGuid();

        var response = await CreateClient("kees", Roles.QualityManager).PostAsJsonAsync($"{Complaints}/{id}/acknowledgement", new { channel = "Letter" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(Mails(MailDirectory));
        var letter = Assert.Single((await CreateClient("kees", Roles.QualityManager)
            .GetFromJsonAsync<System.Text.Json.JsonElement>($"{Complaints}/{id}/correspondence")).EnumerateArray());
        Assert.Equal("Printed", letter.GetProperty("status").GetString());
        Assert.Equal("Letter", letter.GetProperty("channel").GetString());
        Assert.Equal("kees", letter.GetProperty("sentBy").GetString());
        Assert.Contains("Damrak 1", letter.GetProperty("recipientAddress").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_email_acknowledgement_without_an_email_address_is_422()
    {
        var id = (await RegisterAsync(CreateClient("anna", Roles.Employee), Form(email: null, address: Address))).GetProperty("id").GetGuid();

        var response = await CreateClient("kees", Roles.QualityManager).PostAsJsonAsync($"{Complaints}/{id}/acknowledgement", new { channel = "Email" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("no_email_address", (await JsonAsync(response)).GetProperty("code").GetString());
    }

    [Fact]
    public async Task An_unknown_channel_is_400() =>
        Assert.Equal(HttpStatusCode.BadRequest, (await CreateClient("kees", Roles.QualityManager)
            .PostAsJsonAsync($"{Complaints}/{Guid.NewGuid()}/acknowledgement", new { channel = "Pigeon" })).StatusCode);

    [Fact]
    public async Task An_employee_may_not_send_the_acknowledgement()
    {
        var id = (await RegisterAsync(CreateClient("anna", Roles.Employee))).GetProperty("id").GetGuid();

        Assert.Equal(HttpStatusCode.Forbidden, (await CreateClient("anna", Roles.Employee)
            .PostAsJsonAsync($"{Complaints}/{id}/acknowledgement", new { channel = "Email" })).StatusCode);
    }

    [Fact]
    public async Task Acknowledging_an_unknown_complaint_is_404() =>
        Assert.Equal(HttpStatusCode.NotFound, (await CreateClient("kees", Roles.QualityManager)
            .PostAsJsonAsync($"{Complaints}/{Guid.NewGuid()}/acknowledgement", new { channel = "Email" })).StatusCode);

    [Fact]
    public async Task An_acknowledgement_after_the_due_date_is_recorded_as_late()
    {
        var id = (await RegisterAsync(CreateClient("anna", Roles.Employee))).GetProperty("id").GetGuid();
        Clock.Set(new DateTimeOffset(2026, 3, 9, 9, 0, 0, TimeSpan.Zero));

        var response = await CreateClient("kees", Roles.QualityManager).PostAsJsonAsync($"{Complaints}/{id}/acknowledgement", new { channel = "Email" });

        Assert.False((await JsonAsync(response)).GetProperty("inTime").GetBoolean());
    }
}

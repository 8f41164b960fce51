using System.Net;
using System.Net.Http.Json;
using Dapper;
using Klachten.BuildingBlocks.Application;
using Klachten.BuildingBlocks.Infrastructure.Jobs;
using Klachten.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Klachten.IntegrationTests.Handling;

public sealed class HandlingDeadlineAndConcurrencyTests(ApiFixture fixture) : HandlingApiTest(fixture)
{
    [Fact]
    public async Task An_officer_with_an_address_in_the_staff_directory_is_reminded_there()
    {
        var id = await RegisterAsync();
        await ExpectAsync(HttpStatusCode.OK, QualityManager.PostAsJsonAsync(Cases(id, "/assignment"), new { officer = OtherOfficer }, ApiJson.Options));

        Clock.Set(new DateTimeOffset(2026, 3, 12, 9, 0, 0, TimeSpan.Zero));
        await RunJobAsync("handling-settlement-deadlines");

        var reminder = ReadMail(Assert.Single(MailsContaining("Herinnering")));
        Assert.Contains("w.bakker@kantoor.nl", reminder, StringComparison.Ordinal);
        Assert.DoesNotContain($"{OtherOfficer}@example.nl", reminder, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_decision_letter_is_signed_with_the_officers_name_from_the_staff_directory()
    {
        var id = await RegisterAsync();
        await ExpectAsync(HttpStatusCode.OK, QualityManager.PostAsJsonAsync(Cases(id, "/assignment"), new { officer = OtherOfficer }, ApiJson.Options));
        var officer = CreateClient(OtherOfficer, Roles.ComplaintsOfficer);
        await ExpectAsync(HttpStatusCode.OK, officer.PostAsJsonAsync(Cases(id, "/decision"),
            new { outcome = "Unfounded", reasoning = "De kosten zijn correct berekend." }, ApiJson.Options));
        await ExpectAsync(HttpStatusCode.OK, officer.PostAsJsonAsync(Cases(id, "/decision-letter"), new { channel = "Email" }, ApiJson.Options));

        var letter = ReadMail(Assert.Single(MailsContaining("Beslissing op uw klacht")));
        Assert.Contains("W. Bakker\r\nKlachtenfunctionaris", letter.ReplaceLineEndings("\r\n"), StringComparison.Ordinal);
        Assert.DoesNotContain(OtherOfficer, letter, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_deadline_sweep_reminds_once_and_records_a_breach_once_however_often_it_runs()
    {
        var id = await RegisterAndAssignAsync();

        // Due Monday 16 March; two working days before is Thursday 12 March.
        Clock.Set(new DateTimeOffset(2026, 3, 11, 9, 0, 0, TimeSpan.Zero));
        await RunJobAsync("handling-settlement-deadlines");
        Assert.Empty(MailsContaining("Herinnering"));
        Clock.Set(new DateTimeOffset(2026, 3, 12, 9, 0, 0, TimeSpan.Zero));
        await RunJobAsync("handling-settlement-deadlines");
        await RunJobAsync("handling-settlement-deadlines");
        var reminder = Assert.Single(MailsContaining("Herinnering"));
        Assert.Contains($"{Officer}@example.nl", ReadMail(reminder));

        Clock.Set(new DateTimeOffset(2026, 3, 16, 22, 0, 0, TimeSpan.Zero)); // 23:00 in Amsterdam: still the due date
        await RunJobAsync("handling-settlement-deadlines");
        Assert.Empty(MailsContaining("Termijn overschreden"));

        Clock.Set(new DateTimeOffset(2026, 3, 17, 6, 0, 0, TimeSpan.Zero));
        await Task.WhenAll(RunJobAsync("handling-settlement-deadlines"), RunJobAsync("handling-settlement-deadlines"));
        await RunJobAsync("handling-settlement-deadlines");

        var breach = Assert.Single(MailsContaining("Termijn overschreden"));
        Assert.Contains("kwaliteitsmanager@example.nl", ReadMail(breach));
        await using var connection = await Db.OpenConnectionAsync();
        Assert.Equal(1, await connection.ExecuteScalarAsync<int>(
            "SELECT count(*) FROM handling.cases WHERE complaint_id = @id AND breach_recorded_at IS NOT NULL", new { id }));
        Assert.Equal(1, await connection.ExecuteScalarAsync<int>(
            "SELECT count(*) FROM handling.outbox_messages WHERE event_type LIKE '%SettlementDeadlineBreached%'"));
        Assert.True((await GetCaseAsync(id)).GetProperty("overdue").GetBoolean());
    }

    [Fact]
    public async Task A_sent_decision_letter_stops_the_deadline_watch()
    {
        var id = await RegisterAndAssignAsync();
        await ExpectAsync(HttpStatusCode.OK, OfficerClient.PostAsJsonAsync(Cases(id, "/decision"),
            new { outcome = "Unfounded", reasoning = "Correct berekend." }, ApiJson.Options));
        await ExpectAsync(HttpStatusCode.OK, OfficerClient.PostAsJsonAsync(Cases(id, "/decision-letter"), new { channel = "Email" }, ApiJson.Options));
        Clock.Set(new DateTimeOffset(2026, 3, 20, 9, 0, 0, TimeSpan.Zero));
        await RunJobAsync("handling-settlement-deadlines");
        Assert.Empty(MailsContaining("Termijn overschreden"));
        Assert.False((await GetCaseAsync(id)).GetProperty("overdue").GetBoolean());
    }

    [Fact]
    public async Task The_decision_letter_states_the_decision_the_reasoning_the_remedy_and_the_disputes_committee()
    {
        var id = await RegisterAndAssignAsync();
        await ExpectAsync(HttpStatusCode.OK, OfficerClient.PostAsJsonAsync(Cases(id, "/decision"), new
        {
            outcome = "PartlyWellFounded",
            reasoning = "De incassokosten zijn over een te hoog bedrag berekend.",
            remedy = "Wij verlagen de incassokosten met EUR 40,00.",
        }, ApiJson.Options));
        await ExpectAsync(HttpStatusCode.OK, OfficerClient.PostAsJsonAsync(Cases(id, "/decision-letter"), new { channel = "Email" }, ApiJson.Options));

        var mail = ReadMail(Assert.Single(MailsContaining("Beslissing op uw klacht")));
        Assert.Contains("klager@example.org", mail);
        Assert.Contains("Geachte mevrouw De Boer,", mail);
        Assert.Contains("Mevrouw J. de Boer", mail);
        Assert.Contains("Wij achten uw klacht gedeeltelijk gegrond.", mail);
        Assert.Contains("De incassokosten zijn over een te hoog bedrag berekend.", mail);
        Assert.Contains("Wij verlagen de incassokosten met EUR 40,00.", mail);
        Assert.Contains("De Geschillencommissie", mail);
        Assert.Contains("Postbus 90600, 2509 LP Den Haag", mail);
        Assert.Contains("binnen drie maanden", mail);
        Assert.Contains("2 maart 2026", mail);
        // Signed by a named person (no display name configured: one made from the login) for the one office.
        Assert.Contains("Officer Devries\nKlachtenfunctionaris\nIncassobureau", mail.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failed_e_mail_stays_pending_with_its_error_and_is_sent_by_the_sweep()
    {
        var id = await RegisterAndAssignAsync();
        await ExpectAsync(HttpStatusCode.OK, OfficerClient.PostAsJsonAsync(Cases(id, "/decision"),
            new { outcome = "Unfounded", reasoning = "Correct berekend." }, ApiJson.Options));
        await using var connection = await Db.OpenConnectionAsync();
        // Simulate a failed first delivery: the row as the delivery leaves it after an SMTP error.
        await ExpectAsync(HttpStatusCode.OK, OfficerClient.PostAsJsonAsync(Cases(id, "/decision-letter"), new { channel = "Email" }, ApiJson.Options));
        await connection.ExecuteAsync("""
            UPDATE handling.correspondence SET status = 'Pending', sent_at = NULL, attempts = 1, last_error = 'SMTP unavailable',
                   next_attempt_at = @Retry
            WHERE complaint_id = @id
            """, new { id, Retry = Clock.GetUtcNow().AddMinutes(1) });
        foreach (var file in Directory.EnumerateFiles(MailDirectory))
        {
            File.Delete(file);
        }

        await RunJobAsync("handling-send-correspondence");
        Assert.Empty(MailsContaining("Beslissing op uw klacht"));
        var pending = (await GetCaseAsync(id)).GetProperty("correspondence")[0];
        Assert.Equal("Pending", pending.GetProperty("status").GetString());
        Assert.Equal("SMTP unavailable", pending.GetProperty("lastError").GetString());

        Clock.Advance(TimeSpan.FromMinutes(2));
        await RunJobAsync("handling-send-correspondence");
        await RunJobAsync("handling-send-correspondence");
        Assert.Single(MailsContaining("Beslissing op uw klacht"));
        var sent = (await GetCaseAsync(id)).GetProperty("correspondence")[0];
        Assert.Equal("Sent", sent.GetProperty("status").GetString());
        Assert.Equal(2, sent.GetProperty("attempts").GetInt32());
    }

    [Fact]
    public async Task Two_concurrent_decisions_on_one_case_give_one_success_and_one_conflict_and_lose_nothing()
    {
        var id = await RegisterAndAssignAsync();
        var version = await VersionOfAsync(id);
        var first = OfficerClient.PostAsJsonAsync(Cases(id, "/decision"), new { outcome = "WellFounded", reasoning = "Eerste." }, ApiJson.Options);
        var second = OfficerClient.PostAsJsonAsync(Cases(id, "/decision"), new { outcome = "Unfounded", reasoning = "Tweede." }, ApiJson.Options);
        var responses = await Task.WhenAll(first, second);

        var statuses = responses.Select(r => r.StatusCode).OrderBy(s => s).ToList();
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], statuses);
        var loser = responses.Single(r => r.StatusCode == HttpStatusCode.Conflict);
        var code = (await loser.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>(ApiJson.Options)).GetProperty("code").GetString();
        Assert.Contains(code, new[] { "already_decided", "concurrency_conflict" });

        var winnerIsFirst = responses[0].StatusCode == HttpStatusCode.OK;
        var decision = (await GetCaseAsync(id)).GetProperty("decision");
        Assert.Equal(winnerIsFirst ? "WellFounded" : "Unfounded", decision.GetProperty("outcome").GetString());
        Assert.Equal(winnerIsFirst ? "Eerste." : "Tweede.", decision.GetProperty("reasoning").GetString());
        Assert.Equal(version + 1, await VersionOfAsync(id));
    }
}

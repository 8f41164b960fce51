using System.Net;
using System.Net.Http.Json;
using Dapper;
using Klachten.BuildingBlocks.Application;
using Klachten.BuildingBlocks.Infrastructure.Messaging;
using Klachten.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Klachten.IntegrationTests.Handling;

public sealed class HandlingLifecycleTests(ApiFixture fixture) : HandlingApiTest(fixture)
{
    [Fact]
    public async Task A_redelivered_registration_opens_its_case_once_and_audits_it_once()
    {
        var id = await RegisterAsync();
        await using var connection = await Db.OpenConnectionAsync();
        var (messageId, eventType, payload) = await connection.QuerySingleAsync<(Guid, string, string)>(
            "SELECT id, event_type, payload::text FROM intake.outbox_messages WHERE payload->>'complaintId' = @id", new { id = id.ToString() });

        await Services.GetRequiredService<OutboxProcessor>().DeliverAsync(messageId, eventType, payload, CancellationToken.None);

        Assert.Equal(1, await connection.ExecuteScalarAsync<int>("SELECT count(*) FROM handling.cases WHERE complaint_id = @id", new { id }));
        Assert.Equal(1, await connection.ExecuteScalarAsync<int>(
            "SELECT count(*) FROM audit.audit_trail WHERE action = 'CaseOpened' AND subject_id = @id", new { id = id.ToString() }));
    }

    [Fact]
    public async Task A_registered_complaint_runs_through_extension_decision_referral_and_closure()
    {
        var id = await RegisterAsync();
        var opened = await GetCaseAsync(id);
        Assert.Equal("Open", opened.GetProperty("status").GetString());
        Assert.Equal("2026-03-16", opened.GetProperty("settlementDueOn").GetString());
        Assert.Equal(Agent, opened.GetProperty("collectionAgent").GetString());

        await ExpectAsync(HttpStatusCode.OK, QualityManager.PostAsJsonAsync(Cases(id, "/assignment"), new { officer = Officer }, ApiJson.Options));
        var officer = OfficerClient;
        await ExpectAsync(HttpStatusCode.Created, officer.PostAsJsonAsync(Cases(id, "/contacts"), new
        {
            contactedAt = "2026-03-02T08:50:00Z", channel = "Phone", summary = "Klacht besproken", nextStep = "Kostenoverzicht opvragen",
        }, ApiJson.Options));

        Clock.Set(new DateTimeOffset(2026, 3, 10, 9, 0, 0, TimeSpan.Zero));
        var extended = await ExpectAsync(HttpStatusCode.OK, officer.PostAsJsonAsync(Cases(id, "/extension"),
            new { newDueOn = "2026-03-30", reason = "Wij wachten op het dossier van de opdrachtgever.", messageToComplainant = "Wij hebben meer tijd nodig om uw klacht zorgvuldig te onderzoeken." }, ApiJson.Options));
        Assert.Equal("2026-03-30", extended.GetProperty("settlementDueOn").GetString());
        Assert.Single(MailsContaining("Verlenging van de behandeltermijn"));

        Clock.Set(new DateTimeOffset(2026, 3, 20, 9, 0, 0, TimeSpan.Zero));
        await ExpectAsync(HttpStatusCode.OK, officer.PostAsJsonAsync(Cases(id, "/decision"),
            new { outcome = "PartlyWellFounded", reasoning = "De kosten zijn deels onjuist berekend.", remedy = "Wij crediteren EUR 40." },
            ApiJson.Options));
        var letter = await ExpectAsync(HttpStatusCode.OK, officer.PostAsJsonAsync(Cases(id, "/decision-letter"), new { channel = "Email" }, ApiJson.Options));
        Assert.True(letter.GetProperty("inTime").GetBoolean(), "sent on 20 March, before the extended date of 30 March");
        Assert.Equal(Officer, letter.GetProperty("sentBy").GetString());

        // Not satisfied: the complainant goes to the disputes committee.
        Clock.Set(new DateTimeOffset(2026, 3, 26, 9, 0, 0, TimeSpan.Zero));
        await ExpectAsync(HttpStatusCode.OK, officer.PostAsJsonAsync(Cases(id, "/referral"),
            new { submittedOn = "2026-03-25", body = "De Geschillencommissie", caseNumber = "GC-2026-118" }, ApiJson.Options));
        await ExpectRefusedAsync(HttpStatusCode.Conflict, "referral_open",
            officer.PostAsJsonAsync(Cases(id, "/closure"), new { complainantSatisfied = false }, ApiJson.Options));
        await ExpectRefusedAsync(HttpStatusCode.UnprocessableEntity, "referral_outcome_before_submission",
            QualityManager.PostAsJsonAsync(Cases(id, "/referral/outcome"), new { outcome = "Rejected", decidedOn = "2026-03-20" }, ApiJson.Options));
        Clock.Set(new DateTimeOffset(2026, 6, 16, 9, 0, 0, TimeSpan.Zero));
        await ExpectAsync(HttpStatusCode.OK, QualityManager.PostAsJsonAsync(Cases(id, "/referral/outcome"),
            new { outcome = "Rejected", decidedOn = "2026-06-15" }, ApiJson.Options));
        var closed = await ExpectAsync(HttpStatusCode.OK, officer.PostAsJsonAsync(Cases(id, "/closure"), new { complainantSatisfied = false }, ApiJson.Options));
        Assert.Equal("Closed", closed.GetProperty("status").GetString());

        var details = await GetCaseAsync(id);
        Assert.Equal("Closed", details.GetProperty("status").GetString());
        Assert.Equal(Officer, details.GetProperty("officer").GetString());
        Assert.Equal("2026-03-30", details.GetProperty("settlementDueOn").GetString());
        Assert.Equal("2026-03-16", details.GetProperty("originalSettlementDueOn").GetString());
        Assert.Single(details.GetProperty("contacts").EnumerateArray());
        Assert.Equal("Kostenoverzicht opvragen", details.GetProperty("contacts")[0].GetProperty("nextStep").GetString());
        Assert.Equal("2026-03-16", details.GetProperty("extension").GetProperty("previousDueOn").GetString());
        Assert.Equal("PartlyWellFounded", details.GetProperty("decision").GetProperty("outcome").GetString());
        Assert.Equal("Email", details.GetProperty("decision").GetProperty("letter").GetProperty("channel").GetString());
        Assert.Equal("GC-2026-118", details.GetProperty("referral").GetProperty("caseNumber").GetString());
        Assert.Equal("Rejected", details.GetProperty("referral").GetProperty("outcome").GetString());
        Assert.False(details.GetProperty("closure").GetProperty("complainantSatisfied").GetBoolean());
        Assert.All(details.GetProperty("correspondence").EnumerateArray(), c => Assert.Equal("Sent", c.GetProperty("status").GetString()));

        await using var connection = await Db.OpenConnectionAsync();
        var events = (await connection.QueryAsync<string>("SELECT event_type FROM handling.outbox_messages ORDER BY position")).ToList();
        Assert.Equal(
            ["HandlerAssigned", "SettlementTermExtended", "ComplaintDecided", "ComplaintReferred", "ReferralConcluded", "ComplaintClosed"],
            events.Select(e => e.Split(',')[0].Split('.')[^1]));
        var decided = await connection.QuerySingleAsync<(string InTime, string TermExtended, string Outcome)>("""
            SELECT payload->>'inTime', payload->>'termExtended', payload->>'outcome'
            FROM handling.outbox_messages WHERE event_type LIKE '%ComplaintDecided%'
            """);
        Assert.Equal(("true", "true", "PartlyWellFounded"), decided);
    }

    [Fact]
    public async Task A_decision_letter_sent_after_the_due_date_is_recorded_as_late()
    {
        var id = await RegisterAndAssignAsync();
        await ExpectAsync(HttpStatusCode.OK, OfficerClient.PostAsJsonAsync(Cases(id, "/decision"),
            new { outcome = "Unfounded", reasoning = "De kosten zijn volgens de wet berekend." }, ApiJson.Options));
        // 16 March 23:30 Amsterdam is still the due date; 17 March 00:30 Amsterdam is not.
        Clock.Set(new DateTimeOffset(2026, 3, 16, 23, 30, 0, TimeSpan.Zero));
        var letter = await ExpectAsync(HttpStatusCode.OK, OfficerClient.PostAsJsonAsync(Cases(id, "/decision-letter"), new { channel = "Email" }, ApiJson.Options));
        Assert.False(letter.GetProperty("inTime").GetBoolean());
    }

    [Fact]
    public async Task Steps_out_of_order_are_refused_with_a_stable_code_and_change_nothing()
    {
        var id = await RegisterAsync();
        var officer = OfficerClient;
        var version = await VersionOfAsync(id);
        await ExpectRefusedAsync(HttpStatusCode.Conflict, "not_assigned", officer.PostAsJsonAsync(Cases(id, "/decision"),
            new { outcome = "Unfounded", reasoning = "x" }, ApiJson.Options));
        await ExpectRefusedAsync(HttpStatusCode.Conflict, "not_decided", officer.PostAsJsonAsync(Cases(id, "/closure"),
            new { complainantSatisfied = true }, ApiJson.Options));
        Assert.Equal(version, await VersionOfAsync(id));
        Assert.Equal("Open", (await GetCaseAsync(id)).GetProperty("status").GetString());

        await ExpectAsync(HttpStatusCode.OK, QualityManager.PostAsJsonAsync(Cases(id, "/assignment"), new { officer = Officer }, ApiJson.Options));
        await ExpectRefusedAsync(HttpStatusCode.Conflict, "not_decided", officer.PostAsJsonAsync(Cases(id, "/decision-letter"),
            new { channel = "Email" }, ApiJson.Options));
        await ExpectAsync(HttpStatusCode.OK, officer.PostAsJsonAsync(Cases(id, "/extension"),
            new { newDueOn = "2026-03-23", reason = "Meer tijd nodig.", messageToComplainant = "Wij hebben meer tijd nodig om uw klacht zorgvuldig te onderzoeken." }, ApiJson.Options));
        await ExpectRefusedAsync(HttpStatusCode.Conflict, "extension_already_used", officer.PostAsJsonAsync(Cases(id, "/extension"),
            new { newDueOn = "2026-03-30", reason = "Nog meer tijd.", messageToComplainant = "Wij hebben meer tijd nodig om uw klacht zorgvuldig te onderzoeken." }, ApiJson.Options));
        await ExpectAsync(HttpStatusCode.OK, officer.PostAsJsonAsync(Cases(id, "/decision"),
            new { outcome = "WellFounded", reasoning = "Terecht.", remedy = "Excuses en creditering." }, ApiJson.Options));
        await ExpectAsync(HttpStatusCode.OK, officer.PostAsJsonAsync(Cases(id, "/decision-letter"), new { channel = "Letter" }, ApiJson.Options));
        version = await VersionOfAsync(id);
        await ExpectRefusedAsync(HttpStatusCode.Conflict, "decision_letter_already_sent", officer.PostAsJsonAsync(Cases(id, "/decision-letter"),
            new { channel = "Email" }, ApiJson.Options));
        await ExpectRefusedAsync(HttpStatusCode.Conflict, "no_referral", officer.PostAsJsonAsync(Cases(id, "/referral/outcome"),
            new { outcome = "Upheld", decidedOn = "2026-03-02" }, ApiJson.Options));
        Assert.Equal(version, await VersionOfAsync(id));

        await using var connection = await Db.OpenConnectionAsync();
        Assert.Equal(1, await connection.ExecuteScalarAsync<int>(
            "SELECT count(*) FROM handling.correspondence WHERE complaint_id = @id AND kind = 'DecisionLetter'", new { id }));
    }

    [Fact]
    public async Task Invalid_step_requests_report_every_bad_field_at_once()
    {
        var id = await RegisterAndAssignAsync();
        var response = await OfficerClient.PostAsJsonAsync(Cases(id, "/decision"), new { outcome = "Maybe", reasoning = "" }, ApiJson.Options);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>(ApiJson.Options);
        var errors = problem.GetProperty("errors");
        Assert.Contains("WellFounded", errors.GetProperty("outcome")[0].GetString());
        Assert.True(errors.TryGetProperty("reasoning", out _));
    }

    [Fact]
    public async Task A_paper_decision_letter_is_recorded_as_sent_by_hand_and_not_mailed()
    {
        var id = await RegisterAndAssignAsync(email: null);
        await ExpectAsync(HttpStatusCode.OK, OfficerClient.PostAsJsonAsync(Cases(id, "/decision"),
            new { outcome = "SettledByAgreement", reasoning = "Regeling getroffen." }, ApiJson.Options));
        await ExpectRefusedAsync(HttpStatusCode.UnprocessableEntity, "no_email_address",
            OfficerClient.PostAsJsonAsync(Cases(id, "/decision-letter"), new { channel = "Email" }, ApiJson.Options));
        await ExpectAsync(HttpStatusCode.OK, OfficerClient.PostAsJsonAsync(Cases(id, "/decision-letter"), new { channel = "Letter" }, ApiJson.Options));

        var details = await GetCaseAsync(id);
        var letter = Assert.Single(details.GetProperty("correspondence").EnumerateArray(), c => c.GetProperty("kind").GetString() == "DecisionLetter");
        Assert.Equal("Printed", letter.GetProperty("status").GetString());
        Assert.Equal("Letter", letter.GetProperty("channel").GetString());
        // The shared correspondence shape: a posted letter names the postal address it went to, and who posted it.
        Assert.Contains(",", letter.GetProperty("recipientAddress").GetString(), StringComparison.Ordinal);
        Assert.Equal(Officer, letter.GetProperty("sentBy").GetString());
        Assert.Equal(Officer, letter.GetProperty("createdBy").GetString());
        Assert.Contains("in onderling overleg", letter.GetProperty("body").GetString());
        Assert.Empty(MailsContaining("Beslissing op uw klacht"));
    }
}

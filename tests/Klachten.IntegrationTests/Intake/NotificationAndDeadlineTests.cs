using System.Net.Http.Json;
using Klachten.BuildingBlocks.Application;
using Klachten.BuildingBlocks.Infrastructure.Jobs;
using Klachten.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static Klachten.IntegrationTests.Intake.IntakeApi;

namespace Klachten.IntegrationTests.Intake;

public sealed class NotificationAndDeadlineTests(ApiFixture fixture) : ApiTest(fixture)
{
    private Task<long> CorrespondenceCountAsync(string kind) =>
        CountAsync(Db, "SELECT count(*) FROM intake.correspondence WHERE kind = @kind", new { kind });

    [Fact]
    public async Task The_involved_collection_agent_is_notified_with_the_reference_but_not_the_complainants_words()
    {
        var id = (await RegisterAsync(CreateClient("anna", Roles.Employee), Form(agent: "pieter"))).GetProperty("id").GetGuid();

        // The row turns Sent only after the .eml file is written and closed: waiting for the file alone raced its writer.
        await Eventually(async () => await CountAsync(Db,
            "SELECT count(*) FROM intake.correspondence WHERE kind = 'AgentNotification' AND status = 'Sent'") == 1,
            "the agent notification was sent after commit");
        var mail = Assert.Single(MailTexts(MailDirectory));
        Assert.Contains("pieter@example.nl", mail, StringComparison.Ordinal);
        Assert.StartsWith("To: \"Pieter\" <pieter@example.nl>", mail, StringComparison.Ordinal); // a name, not the bare login
        Assert.Contains("KL-2026-000001", mail, StringComparison.Ordinal);
        Assert.Contains("D-2026-0042", mail, StringComparison.Ordinal);
        Assert.DoesNotContain("onbeleefd", mail, StringComparison.Ordinal);
        Assert.DoesNotContain("de Vries", mail, StringComparison.Ordinal);

        var letters = await CreateClient("kees", Roles.QualityManager).GetFromJsonAsync<System.Text.Json.JsonElement>($"{Complaints}/{id}/correspondence");
        var notice = letters.EnumerateArray().Single(l => l.GetProperty("kind").GetString() == "AgentNotification");
        Assert.Equal("Sent", notice.GetProperty("status").GetString());
        Assert.Equal("pieter@example.nl", notice.GetProperty("recipientAddress").GetString());
    }

    [Fact]
    public async Task Without_an_agent_nobody_is_notified()
    {
        await RegisterAsync(CreateClient("anna", Roles.Employee));
        await RunJobAsync("intake-send-correspondence");

        Assert.Empty(Mails(MailDirectory));
        Assert.Equal(0, await CorrespondenceCountAsync("AgentNotification"));
    }

    [Fact]
    public async Task A_failed_send_stays_pending_with_its_error_and_the_sweep_retries_it()
    {
        // An address no mail can go to (the form refuses such names now; a wrong Staff:Addresses entry still yields one): the send fails.
        var id = (await RegisterAsync(CreateClient("anna", Roles.Employee))).GetProperty("id").GetGuid();
        await using (var connection = await Db.OpenConnectionAsync())
        {
            await Dapper.SqlMapper.ExecuteAsync(connection, """
                INSERT INTO intake.correspondence (id, complaint_id, kind, channel, recipient_name, recipient_address, status, created_at, next_attempt_at)
                VALUES (gen_random_uuid(), @Id, 'AgentNotification', 'Email', 'jansen', 'jan <jansen', 'Pending', @Now, NULL)
                """, new { Id = id, Now = Clock.GetUtcNow() });
        }

        await RunJobAsync("intake-send-correspondence");
        Assert.Equal(1, await CountAsync(Db, "SELECT count(*) FROM intake.correspondence WHERE attempts = 1 AND last_error IS NOT NULL"));

        var notice = (await CreateClient("kees", Roles.QualityManager).GetFromJsonAsync<System.Text.Json.JsonElement>($"{Complaints}/{id}/correspondence"))
            .EnumerateArray().Single(l => l.GetProperty("kind").GetString() == "AgentNotification");
        Assert.Equal("Pending", notice.GetProperty("status").GetString());
        Assert.False(string.IsNullOrEmpty(notice.GetProperty("lastError").GetString()));

        await RunJobAsync("intake-send-correspondence"); // not due yet: backed off
        Assert.Equal(1, await CountAsync(Db, "SELECT max(attempts) FROM intake.correspondence"));

        Clock.Advance(TimeSpan.FromMinutes(5));
        await RunJobAsync("intake-send-correspondence");
        Assert.Equal(2, await CountAsync(Db, "SELECT max(attempts) FROM intake.correspondence"));
        Assert.Equal(1, await CountAsync(Db, "SELECT count(*) FROM intake.correspondence WHERE status = 'Pending'"));
    }

    [Fact]
    public async Task A_letter_that_cannot_be_composed_fails_visibly_and_does_not_hold_up_the_letters_after_it()
    {
        var id = (await RegisterAsync(CreateClient("anna", Roles.Employee))).GetProperty("id").GetGuid();
        // Oldest first: a kind this version has no template for (as another version of the module might write), then a notice.
        await using (var connection = await Db.OpenConnectionAsync())
        {
            await Dapper.SqlMapper.ExecuteAsync(connection, """
                INSERT INTO intake.correspondence (id, complaint_id, kind, channel, recipient_name, recipient_address, status, created_at, next_attempt_at)
                VALUES (gen_random_uuid(), @Id, 'ComplaintWithdrawn', 'Email', 'pieter', 'pieter@example.nl', 'Pending', @Now - interval '2 minutes', NULL),
                       (gen_random_uuid(), @Id, 'AgentNotification', 'Email', 'pieter', 'pieter@example.nl', 'Pending', @Now - interval '1 minute', NULL)
                """, new { Id = id, Now = Clock.GetUtcNow() });
        }

        await RunJobAsync("intake-send-correspondence");

        Assert.Contains("pieter@example.nl", Assert.Single(MailTexts(MailDirectory)), StringComparison.Ordinal);
        var letters = (await CreateClient("kees", Roles.QualityManager).GetFromJsonAsync<System.Text.Json.JsonElement>($"{Complaints}/{id}/correspondence"))
            .EnumerateArray().ToList();
        var unknown = letters.Single(l => l.GetProperty("kind").GetString() == "ComplaintWithdrawn");
        Assert.Equal("Pending", unknown.GetProperty("status").GetString());
        Assert.Equal(1, unknown.GetProperty("attempts").GetInt32());
        Assert.Contains("ComplaintWithdrawn", unknown.GetProperty("lastError").GetString(), StringComparison.Ordinal);
        Assert.Equal("Sent", letters.Single(l => l.GetProperty("kind").GetString() == "AgentNotification").GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_reminder_goes_once_to_the_receiving_employee_and_the_quality_manager_when_the_acknowledgement_is_due_soon()
    {
        await RegisterAsync(CreateClient("anna", Roles.Employee)); // due Friday 6 March
        Clock.Set(new DateTimeOffset(2026, 3, 4, 9, 0, 0, TimeSpan.Zero));
        await RunJobAsync("intake-acknowledgement-deadlines");
        Assert.Equal(0, await CorrespondenceCountAsync("AcknowledgementReminder")); // two working days ahead: not yet

        Clock.Set(new DateTimeOffset(2026, 3, 5, 9, 0, 0, TimeSpan.Zero));
        await RunJobAsync("intake-acknowledgement-deadlines");
        await RunJobAsync("intake-acknowledgement-deadlines");

        Assert.Equal(2, await CorrespondenceCountAsync("AcknowledgementReminder"));
        var mails = MailTexts(MailDirectory);
        Assert.Contains(mails, m => m.Contains("anna@example.nl", StringComparison.Ordinal) && m.Contains("6 maart 2026", StringComparison.Ordinal));
        Assert.Contains(mails, m => m.Contains("kwaliteitsmanager@example.nl", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_overdue_acknowledgement_is_recorded_as_a_breach_once_even_when_two_sweeps_run_together()
    {
        var id = (await RegisterAsync(CreateClient("anna", Roles.Employee))).GetProperty("id").GetGuid();
        Clock.Set(new DateTimeOffset(2026, 3, 6, 22, 0, 0, TimeSpan.Zero)); // 23:00 on the due date: not yet overdue
        await RunJobAsync("intake-acknowledgement-deadlines");
        Assert.Equal(0, await CorrespondenceCountAsync("AcknowledgementOverdue"));

        Clock.Set(new DateTimeOffset(2026, 3, 9, 8, 0, 0, TimeSpan.Zero));
        await Task.WhenAll(RunJobAsync("intake-acknowledgement-deadlines"), RunJobAsync("intake-acknowledgement-deadlines"));
        await RunJobAsync("intake-acknowledgement-deadlines");

        Assert.Equal(1, await CorrespondenceCountAsync("AcknowledgementOverdue"));
        Assert.Equal(1, await CountAsync(Db, "SELECT count(*) FROM audit.audit_trail WHERE action = 'AcknowledgementDeadlineBreached'"));
        var complaint = await CreateClient("kees", Roles.QualityManager).GetFromJsonAsync<System.Text.Json.JsonElement>($"{Complaints}/{id}");
        Assert.Equal("2026-03-09T08:00:00+00:00", complaint.GetProperty("acknowledgementBreachRecordedAt").GetString());
        Assert.Contains(MailTexts(MailDirectory), m => m.Contains("kwaliteitsmanager@example.nl", StringComparison.Ordinal)
            && m.Contains("Termijn overschreden", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_acknowledged_complaint_gets_neither_reminder_nor_breach()
    {
        var id = (await RegisterAsync(CreateClient("anna", Roles.Employee))).GetProperty("id").GetGuid();
        await CreateClient("kees", Roles.QualityManager).PostAsJsonAsync($"{Complaints}/{id}/acknowledgement", new { channel = "Email" });

        Clock.Set(new DateTimeOffset(2026, 3, 5, 9, 0, 0, TimeSpan.Zero));
        await RunJobAsync("intake-acknowledgement-deadlines");
        Clock.Set(new DateTimeOffset(2026, 3, 10, 9, 0, 0, TimeSpan.Zero));
        await RunJobAsync("intake-acknowledgement-deadlines");

        Assert.Equal(0, await CorrespondenceCountAsync("AcknowledgementReminder"));
        Assert.Equal(0, await CorrespondenceCountAsync("AcknowledgementOverdue"));
    }
}

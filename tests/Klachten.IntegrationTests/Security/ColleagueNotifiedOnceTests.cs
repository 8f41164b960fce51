using Dapper;
using Klachten.BuildingBlocks.Infrastructure.Jobs;
using Klachten.IntegrationTests.Handling;
using Klachten.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Klachten.IntegrationTests.Security;

/// <summary>
/// A colleague (the collection agent, the registering employee, an officer, the quality manager) is told about a complaint
/// once per kind of notice, however often the step that writes it runs. The conditional claims of the sweeps keep a second
/// run from writing a notice; a unique key in each module's correspondence table (ux_correspondence_colleague_notice) keeps
/// it so when a step runs again anyway: a claim marker lost, a second host sweeping the same rows.
/// </summary>
public sealed class ColleagueNotifiedOnceTests(ApiFixture fixture) : HandlingApiTest(fixture)
{
    private async Task<long> CountAsync(string sql, object? parameters = null)
    {
        await using var connection = await Db.OpenConnectionAsync();
        return await connection.ExecuteScalarAsync<long>(sql, parameters);
    }

    private static async Task RunJobOnAsync(IServiceProvider services, string jobId)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetServices<IRecurringJob>().Single(j => j.JobId == jobId).RunAsync(CancellationToken.None);
    }

    [Fact]
    public async Task The_database_refuses_a_second_notification_of_the_collection_agent_about_one_complaint()
    {
        var id = await RegisterAsync();
        await using var connection = await Db.OpenConnectionAsync();

        var duplicate = await Assert.ThrowsAsync<PostgresException>(() => connection.ExecuteAsync("""
            INSERT INTO intake.correspondence (id, complaint_id, kind, channel, recipient_name, recipient_address, status, created_at)
            SELECT gen_random_uuid(), complaint_id, kind, channel, recipient_name, recipient_address, 'Pending', now()
            FROM intake.correspondence WHERE complaint_id = @id AND kind = 'AgentNotification'
            """, new { id }));

        Assert.Equal(PostgresErrorCodes.UniqueViolation, duplicate.SqlState);
        Assert.Equal(1, await CountAsync("SELECT count(*) FROM intake.correspondence WHERE kind = 'AgentNotification'"));
    }

    [Fact]
    public async Task An_acknowledgement_reminder_sweep_run_again_on_a_second_host_after_its_claim_was_lost_notifies_nobody_twice()
    {
        await RegisterAsync(); // acknowledgement due Friday 6 March
        Clock.Set(new DateTimeOffset(2026, 3, 5, 9, 0, 0, TimeSpan.Zero));
        await RunJobAsync("intake-acknowledgement-deadlines");
        var reminders = await CountAsync("SELECT count(*) FROM intake.correspondence WHERE kind = 'AcknowledgementReminder'");
        Assert.True(reminders >= 2, $"the employee and the quality manager are reminded ({reminders})");
        var mails = Directory.EnumerateFiles(MailDirectory, "*.eml").Count();

        // The step repeated: the complaint's marker is gone (as after restoring the row), and another host sweeps.
        await using (var connection = await Db.OpenConnectionAsync())
        {
            await connection.ExecuteAsync("UPDATE intake.complaints SET acknowledgement_reminder_sent_at = NULL");
        }

        await using var secondHost = new KlachtenApiFactory(Fixture.ConnectionString, Clock, MailDirectory, Foundation.Probe.ProbeModule.Register,
            ApiFixture.StaffSettings);
        _ = secondHost.Server;
        await Task.WhenAll(RunJobOnAsync(secondHost.Services, "intake-acknowledgement-deadlines"), RunJobAsync("intake-acknowledgement-deadlines"));

        Assert.Equal(reminders, await CountAsync("SELECT count(*) FROM intake.correspondence WHERE kind = 'AcknowledgementReminder'"));
        Assert.Equal(mails, Directory.EnumerateFiles(MailDirectory, "*.eml").Count());
    }

    [Fact]
    public async Task A_settlement_deadline_sweep_run_again_on_a_second_host_after_its_claims_were_lost_notifies_nobody_twice()
    {
        await RegisterAndAssignAsync(); // settlement due Monday 16 March
        Clock.Set(new DateTimeOffset(2026, 3, 12, 9, 0, 0, TimeSpan.Zero));
        await RunJobAsync("handling-settlement-deadlines");
        Clock.Set(new DateTimeOffset(2026, 3, 17, 6, 0, 0, TimeSpan.Zero));
        await RunJobAsync("handling-settlement-deadlines");
        Assert.Equal(1, await CountAsync("SELECT count(*) FROM handling.correspondence WHERE kind = 'SettlementReminder'"));
        var breachNotices = await CountAsync("SELECT count(*) FROM handling.correspondence WHERE kind = 'BreachNotice'");
        Assert.True(breachNotices >= 1);
        var mails = Directory.EnumerateFiles(MailDirectory, "*.eml").Count();

        await using (var connection = await Db.OpenConnectionAsync())
        {
            await connection.ExecuteAsync("UPDATE handling.cases SET reminded_for_due_on = NULL, breach_recorded_at = NULL");
        }

        await using var secondHost = new KlachtenApiFactory(Fixture.ConnectionString, Clock, MailDirectory, Foundation.Probe.ProbeModule.Register,
            ApiFixture.StaffSettings);
        _ = secondHost.Server;
        Clock.Set(new DateTimeOffset(2026, 3, 12, 9, 0, 0, TimeSpan.Zero));
        await Task.WhenAll(RunJobOnAsync(secondHost.Services, "handling-settlement-deadlines"), RunJobAsync("handling-settlement-deadlines"));
        Clock.Set(new DateTimeOffset(2026, 3, 17, 6, 0, 0, TimeSpan.Zero));
        await Task.WhenAll(RunJobOnAsync(secondHost.Services, "handling-settlement-deadlines"), RunJobAsync("handling-settlement-deadlines"));

        Assert.Equal(1, await CountAsync("SELECT count(*) FROM handling.correspondence WHERE kind = 'SettlementReminder'"));
        Assert.Equal(breachNotices, await CountAsync("SELECT count(*) FROM handling.correspondence WHERE kind = 'BreachNotice'"));
        Assert.Equal(mails, Directory.EnumerateFiles(MailDirectory, "*.eml").Count());
    }
}

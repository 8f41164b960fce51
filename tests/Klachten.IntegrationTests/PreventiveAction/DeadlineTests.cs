using System.Net;
using System.Net.Http.Json;
using Klachten.IntegrationTests.Infrastructure;

namespace Klachten.IntegrationTests.PreventiveAction;

public sealed class DeadlineTests(ApiFixture fixture) : PreventiveActionApiTest(fixture)
{
    private const string Job = "preventive-action-deadlines";

    private static DateTimeOffset Morning(int year, int month, int day) => new(year, month, day, 6, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task The_owner_is_reminded_once_before_the_due_date_and_the_quality_manager_told_once_when_it_passes()
    {
        var id = await InProgressAsync(dueOn: "2026-04-30");

        Clock.Set(Morning(2026, 4, 22));
        await RunJobAsync(Job);
        Assert.Empty(Directory.EnumerateFiles(MailDirectory, "*.eml"));

        Clock.Set(Morning(2026, 4, 23));
        await Task.WhenAll(RunJobAsync(Job), RunJobAsync(Job));
        await RunJobAsync(Job);
        var reminder = ReadMail(Assert.Single(MailsContaining("Herinnering: maatregel PM-2026-001")));
        Assert.Contains($"{OwnerName}@example.nl", reminder);
        Assert.Contains("Beste Employee Visser,", reminder);
        Assert.Contains("uiterlijk op donderdag 30 april 2026", reminder);
        Assert.Contains("Met vriendelijke groet", reminder);

        Clock.Set(Morning(2026, 4, 30));
        await RunJobAsync(Job);
        Assert.Empty(MailsContaining("Termijn verstreken"));

        Clock.Set(Morning(2026, 5, 1));
        await Task.WhenAll(RunJobAsync(Job), RunJobAsync(Job));
        Clock.Set(Morning(2026, 5, 8));
        await RunJobAsync(Job);
        var overdue = ReadMail(Assert.Single(MailsContaining("Termijn verstreken: maatregel PM-2026-001")));
        Assert.Contains("kwaliteitsmanager@example.nl", overdue);
        Assert.Contains("Eigenaar: Employee Visser.", overdue);
        Assert.Single(MailsContaining("Herinnering: maatregel PM-2026-001"));

        var correspondence = (await GetMeasureAsync(id)).GetProperty("correspondence").EnumerateArray().ToList();
        Assert.Equal(["DueReminder", "OverdueNotice"], correspondence.Select(c => c.GetProperty("kind").GetString()));
        Assert.All(correspondence, c => Assert.Equal("Sent", c.GetProperty("status").GetString()));
        Assert.Equal(1, await CountAsync("SELECT count(*) FROM audit.audit_trail WHERE action = 'MeasureOverdue' AND subject_id = @id",
            new { id = id.ToString() }));
    }

    [Fact]
    public async Task A_measure_completed_or_cancelled_in_time_is_not_reported_overdue()
    {
        var completed = await InProgressAsync(dueOn: "2026-04-30");
        var cancelled = await InProgressAsync(dueOn: "2026-04-30");
        await ExpectAsync(HttpStatusCode.OK, OwnerClient.PostAsJsonAsync(Measure(completed, "/completion"), new { result = "Klaar." },
            ApiJson.Options));
        await ExpectAsync(HttpStatusCode.OK, Management.PostAsJsonAsync(Measure(cancelled, "/cancellation"), new { reason = "Vervallen." },
            ApiJson.Options));
        Clock.Set(Morning(2026, 5, 4));
        await RunJobAsync(Job);
        Assert.Empty(MailsContaining("Termijn verstreken"));
    }

    [Fact]
    public async Task The_quality_manager_is_reminded_once_when_an_effectiveness_review_falls_due()
    {
        var id = await InProgressAsync(dueOn: "2026-04-30", reviewOn: "2026-10-31");
        await ExpectAsync(HttpStatusCode.OK, OwnerClient.PostAsJsonAsync(Measure(id, "/completion"), new { result = "Klaar." },
            ApiJson.Options));

        Clock.Set(Morning(2026, 10, 30));
        await RunJobAsync(Job);
        Assert.Empty(MailsContaining("beoordeel de effectiviteit"));
        Clock.Set(Morning(2026, 10, 31));
        await RunJobAsync(Job);
        Clock.Set(Morning(2026, 11, 3));
        await RunJobAsync(Job);

        var mail = ReadMail(Assert.Single(MailsContaining("Herinnering: beoordeel de effectiviteit van maatregel PM-2026-001")));
        Assert.Contains("kwaliteitsmanager@example.nl", mail);
        Assert.Contains("Vanaf 31 oktober 2026", mail);
    }

    [Fact]
    public async Task In_January_the_quality_manager_is_reminded_once_to_prepare_the_yearly_analysis_and_meeting()
    {
        Clock.Set(Morning(2026, 12, 31));
        await RunJobAsync(Job);
        Assert.Empty(Directory.EnumerateFiles(MailDirectory, "*.eml"));

        Clock.Set(Morning(2027, 1, 4));
        await Task.WhenAll(RunJobAsync(Job), RunJobAsync(Job));
        Clock.Set(Morning(2027, 1, 20));
        await RunJobAsync(Job);

        var mail = ReadMail(Assert.Single(Directory.EnumerateFiles(MailDirectory, "*.eml")));
        Assert.Contains("Herinnering: jaarlijkse klachtenanalyse 2026 en kantooroverleg voorbereiden", mail);
        Assert.Contains("kwaliteitsmanager@example.nl", mail);
        Assert.Equal(1, await CountAsync("SELECT count(*) FROM preventive_action.correspondence WHERE kind = 'YearlyPreparationReminder'"));
    }

    [Fact]
    public async Task A_failed_notification_stays_pending_and_is_sent_by_the_correspondence_sweep()
    {
        await InProgressAsync(dueOn: "2026-04-30");
        Clock.Set(Morning(2026, 4, 23));
        await RunJobAsync(Job);
        await using (var connection = await Db.OpenConnectionAsync())
        {
            await Dapper.SqlMapper.ExecuteAsync(connection, """
                UPDATE preventive_action.correspondence
                SET status = 'Pending', sent_at = NULL, attempts = 1, last_error = 'SMTP unavailable', next_attempt_at = @Retry
                """, new { Retry = Clock.GetUtcNow().AddMinutes(1) });
        }

        foreach (var file in Directory.EnumerateFiles(MailDirectory))
        {
            File.Delete(file);
        }

        await RunJobAsync("preventive-action-send-correspondence");
        Assert.Empty(Directory.EnumerateFiles(MailDirectory, "*.eml"));
        Clock.Advance(TimeSpan.FromMinutes(2));
        await RunJobAsync("preventive-action-send-correspondence");
        await RunJobAsync("preventive-action-send-correspondence");
        Assert.Single(MailsContaining("Herinnering: maatregel PM-2026-001"));
        Assert.Equal(1, await CountAsync("SELECT count(*) FROM preventive_action.correspondence WHERE status = 'Sent' AND attempts = 2"));
    }
}

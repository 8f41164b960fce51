using Dapper;
using Klachten.BuildingBlocks.Infrastructure.Jobs;
using Klachten.BuildingBlocks.Infrastructure.Mail;
using Klachten.IntegrationTests.Foundation.Probe;
using Klachten.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Klachten.IntegrationTests.Handling;

public sealed class HandlingCorrespondenceDeliveryTests(ApiFixture fixture) : HandlingApiTest(fixture)
{
    [Fact]
    public async Task Each_letter_is_recorded_as_sent_before_the_next_one_goes_out()
    {
        var id = await RegisterAsync();
        await using (var connection = await Db.OpenConnectionAsync())
        {
            await connection.ExecuteAsync("""
                INSERT INTO handling.correspondence
                    (id, complaint_id, kind, channel, recipient_name, recipient_email, subject, body, status, created_at, created_by, next_attempt_at)
                SELECT gen_random_uuid(), @Id, 'SettlementReminder', 'Email', 'X', 'x' || n || '@example.nl', 'letter ' || n, 'tekst',
                       'Pending', @Now + n * interval '1 second', 'test', @Now
                FROM generate_series(1, 2) AS n
                """, new { Id = id, Now = Clock.GetUtcNow().AddMinutes(-1) });
        }

        // A host whose mail server stalls on the second letter.
        var sender = new StallingEmailSender(stallOn: 2);
        await using var host = new KlachtenApiFactory(Fixture.ConnectionString, Clock, MailDirectory, services =>
        {
            ProbeModule.Register(services);
            services.AddSingleton<IEmailSender>(sender);
        });
        await using var scope = host.Services.CreateAsyncScope();
        var sweep = scope.ServiceProvider.GetServices<IRecurringJob>().Single(j => j.JobId == "handling-send-correspondence").RunAsync(CancellationToken.None);

        await sender.Stalled.Task.WaitAsync(TimeSpan.FromSeconds(15));
        long sentWhileStalled;
        try
        {
            await using var reader = await Db.OpenConnectionAsync();
            sentWhileStalled = await reader.ExecuteScalarAsync<long>(
                "SELECT count(*) FROM handling.correspondence WHERE subject = 'letter 1' AND status = 'Sent'");
        }
        finally
        {
            sender.Release.TrySetResult();
        }

        await sweep;
        Assert.Equal(1, sentWhileStalled);
        await using var after = await Db.OpenConnectionAsync();
        Assert.Equal(2, await after.ExecuteScalarAsync<long>("SELECT count(*) FROM handling.correspondence WHERE status = 'Sent'"));
    }

    [Fact]
    public async Task One_sweep_sends_every_letter_due_also_beyond_one_batch_and_tries_a_failing_one_only_once()
    {
        var id = await RegisterAsync();
        await using var connection = await Db.OpenConnectionAsync();
        // 2.5 batches that can be sent, and 60 without an address, which fail.
        await connection.ExecuteAsync("""
            INSERT INTO handling.correspondence
                (id, complaint_id, kind, channel, recipient_name, recipient_email, subject, body, status, created_at, created_by, next_attempt_at)
            SELECT gen_random_uuid(), @Id, 'SettlementReminder', 'Email', 'X', CASE WHEN n % 3 = 0 THEN NULL ELSE 'x' || n || '@example.nl' END,
                   'letter ' || n, 'tekst', 'Pending', @Now + n * interval '1 millisecond', 'test', @Now
            FROM generate_series(1, 185) AS n
            """, new { Id = id, Now = Clock.GetUtcNow().AddMinutes(-1) });

        await RunJobAsync("handling-send-correspondence");

        var outcome = (await connection.QueryAsync<(string Status, int Attempts, long Count)>("""
            SELECT status, attempts, count(*) FROM handling.correspondence WHERE created_by = 'test' GROUP BY status, attempts ORDER BY status
            """)).ToList();
        Assert.Equal([("Pending", 1, 61L), ("Sent", 1, 124L)], outcome);
    }

    private sealed class StallingEmailSender(int stallOn) : IEmailSender
    {
        private int _sends;

        public TaskCompletionSource Stalled { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken)
        {
            if (Interlocked.Increment(ref _sends) == stallOn)
            {
                Stalled.TrySetResult();
                await Release.Task.WaitAsync(TimeSpan.FromSeconds(30), cancellationToken);
            }
        }
    }
}

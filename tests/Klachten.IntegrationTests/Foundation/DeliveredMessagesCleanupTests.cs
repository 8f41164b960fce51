using Dapper;
using Klachten.BuildingBlocks.Infrastructure.Jobs;
using Klachten.BuildingBlocks.Infrastructure.Messaging;
using Klachten.IntegrationTests.Foundation.Probe;
using Klachten.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Klachten.IntegrationTests.Foundation;

public sealed class DeliveredMessagesCleanupTests(ApiFixture fixture) : ApiTest(fixture)
{
    [Fact]
    public async Task The_nightly_cleanup_removes_what_was_delivered_more_than_30_days_ago_and_keeps_what_a_pending_event_still_needs()
    {
        var now = Clock.GetUtcNow();
        var (oldDelivered, recentDelivered, oldPending) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var handler = typeof(ProbeNoteWrittenHandler).FullName;
        await using (var connection = await Db.OpenConnectionAsync())
        {
            const string insertOutbox = """
                INSERT INTO probe.outbox_messages (id, event_type, payload, occurred_at, processed_at, attempts, next_attempt_at)
                VALUES (@Id, @Type, '{}'::jsonb, @OccurredAt, @ProcessedAt, @Attempts, @NextAttemptAt)
                """;
            var type = IntegrationEventSerializer.TypeName(typeof(ProbeNoteWritten));
            await connection.ExecuteAsync(insertOutbox, new[]
            {
                new { Id = oldDelivered, Type = type, OccurredAt = now.AddDays(-41), ProcessedAt = (DateTimeOffset?)now.AddDays(-40), Attempts = 0, NextAttemptAt = (DateTimeOffset?)null },
                new { Id = recentDelivered, Type = type, OccurredAt = now.AddDays(-11), ProcessedAt = (DateTimeOffset?)now.AddDays(-10), Attempts = 0, NextAttemptAt = (DateTimeOffset?)null },
                // Failing for 40 days, its next attempt far ahead (so the running delivery loop leaves it alone here).
                new { Id = oldPending, Type = type, OccurredAt = now.AddDays(-41), ProcessedAt = (DateTimeOffset?)null, Attempts = 500, NextAttemptAt = (DateTimeOffset?)now.AddYears(1) },
            });
            await connection.ExecuteAsync(
                "INSERT INTO probe.inbox_messages (message_id, handler, event_type, processed_at) VALUES (@Id, @Handler, 'probe', @ProcessedAt)",
                new[]
                {
                    new { Id = oldDelivered, Handler = handler, ProcessedAt = now.AddDays(-40) },
                    new { Id = recentDelivered, Handler = handler, ProcessedAt = now.AddDays(-10) },
                    new { Id = oldPending, Handler = handler, ProcessedAt = now.AddDays(-40) },
                });
        }

        await RunJobAsync("messaging-delivered-cleanup");

        await using var reader = await Db.OpenConnectionAsync();
        var outbox = (await reader.QueryAsync<Guid>("SELECT id FROM probe.outbox_messages")).ToHashSet();
        var inbox = (await reader.QueryAsync<Guid>("SELECT message_id FROM probe.inbox_messages")).ToHashSet();
        Assert.Equal(new HashSet<Guid> { recentDelivered, oldPending }, outbox);
        Assert.Equal(new HashSet<Guid> { recentDelivered, oldPending }, inbox);
    }
}

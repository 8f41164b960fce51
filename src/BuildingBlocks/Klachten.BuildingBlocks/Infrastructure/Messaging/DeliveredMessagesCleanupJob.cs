using Dapper;
using Klachten.BuildingBlocks.Infrastructure.Jobs;
using Klachten.BuildingBlocks.Modules;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Klachten.BuildingBlocks.Infrastructure.Messaging;

/// <summary>
/// Every night, removes outbox rows delivered longer ago than <see cref="MessagingOptions.RetainDeliveredFor"/> and inbox
/// records as old, so neither table grows without end. An inbox record stays while its event is still pending in some
/// outbox: it is what keeps the handlers that already succeeded from running again when that event is finally delivered.
/// Deletes in chunks, so no statement holds many row locks or runs long next to the delivery loop.
/// </summary>
internal sealed class DeliveredMessagesCleanupJob(
    NpgsqlDataSource dataSource,
    ModuleRegistry modules,
    IOptions<MessagingOptions> options,
    TimeProvider timeProvider,
    ILogger<DeliveredMessagesCleanupJob> logger) : IRecurringJob
{
    private const int ChunkSize = 5_000;

    public string JobId => "messaging-delivered-cleanup";

    public string Cron => "15 3 * * *";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var cutoff = timeProvider.GetUtcNow() - options.Value.RetainDeliveredFor;
        var stillPending = string.Join(" ", modules.Modules.Select(sender =>
            $"AND NOT EXISTS (SELECT 1 FROM {sender.Schema}.outbox_messages o WHERE o.id = i.message_id AND o.processed_at IS NULL)"));
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        foreach (var module in modules.Modules)
        {
            var outbox = await DeleteInChunksAsync(connection, $"""
                DELETE FROM {module.Schema}.outbox_messages WHERE id IN (
                    SELECT id FROM {module.Schema}.outbox_messages WHERE processed_at < @Cutoff LIMIT {ChunkSize})
                """, cutoff, cancellationToken);
            var inbox = await DeleteInChunksAsync(connection, $"""
                DELETE FROM {module.Schema}.inbox_messages WHERE (message_id, handler) IN (
                    SELECT message_id, handler FROM {module.Schema}.inbox_messages i WHERE processed_at < @Cutoff {stillPending} LIMIT {ChunkSize})
                """, cutoff, cancellationToken);
            if (outbox + inbox > 0)
            {
                logger.LogInformation("Removed {Outbox} delivered outbox rows and {Inbox} inbox records of {Module} older than {Cutoff}",
                    outbox, inbox, module.Name, cutoff);
            }
        }
    }

    private static async Task<int> DeleteInChunksAsync(NpgsqlConnection connection, string sql, DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        var total = 0;
        int deleted;
        do
        {
            deleted = await connection.ExecuteAsync(new CommandDefinition(sql, new { Cutoff = cutoff }, cancellationToken: cancellationToken));
            total += deleted;
        }
        while (deleted == ChunkSize);

        return total;
    }
}

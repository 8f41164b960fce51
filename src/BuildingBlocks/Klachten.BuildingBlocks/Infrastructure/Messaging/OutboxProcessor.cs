using Dapper;
using Klachten.BuildingBlocks.Application;
using Klachten.BuildingBlocks.Infrastructure.Data;
using Klachten.BuildingBlocks.Modules;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Klachten.BuildingBlocks.Infrastructure.Messaging;

public sealed class MessagingOptions
{
    public const string SectionName = "Messaging";

    /// <summary>How often a process looks for events written by other processes; its own commits wake it at once.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    public int BatchSize { get; set; } = 100;

    /// <summary>How long a claimed batch is reserved for the process that claimed it; longer than any batch takes to deliver.</summary>
    public TimeSpan ClaimLease { get; set; } = TimeSpan.FromMinutes(2);

    public bool DeliveryEnabled { get; set; } = true;
}

/// <summary>
/// Delivers outbox rows to the receiving modules' handlers. A batch is claimed with a lease (FOR UPDATE SKIP LOCKED inside
/// one short UPDATE), so several host processes share the work and no lock is held while handlers run; a process that dies
/// leaves rows whose lease runs out for another to take. Each handler runs in its own transaction together with its inbox
/// record, so a redelivery has no second effect.
/// </summary>
internal sealed class OutboxProcessor(
    NpgsqlDataSource dataSource,
    ModuleRegistry modules,
    IServiceScopeFactory scopeFactory,
    IOptions<MessagingOptions> options,
    ILogger<OutboxProcessor> logger)
{
    private sealed record PendingMessage(Guid Id, string EventType, string Payload, int Attempts, long Position);

    /// <summary>Delivers one batch of every module's outbox; returns how many rows it settled.</summary>
    public async Task<int> DeliverPendingAsync(CancellationToken cancellationToken)
    {
        var settled = 0;
        foreach (var module in modules.Modules)
        {
            settled += await DeliverBatchAsync(module, cancellationToken);
        }

        return settled;
    }

    private async Task<int> DeliverBatchAsync(ModuleDescriptor sender, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);

        // One short statement claims the batch; no transaction stays open while the handlers run on their own connections.
        var claimed = (await connection.QueryAsync<PendingMessage>(new CommandDefinition($"""
            UPDATE {sender.Schema}.outbox_messages
            SET locked_until = now() + @Lease
            WHERE id IN (
                SELECT id FROM {sender.Schema}.outbox_messages
                WHERE processed_at IS NULL
                  AND (next_attempt_at IS NULL OR next_attempt_at <= now())
                  AND (locked_until IS NULL OR locked_until < now())
                ORDER BY position
                LIMIT @BatchSize
                FOR UPDATE SKIP LOCKED)
            RETURNING id, event_type, payload::text AS payload, attempts, position
            """, new { options.Value.BatchSize, Lease = options.Value.ClaimLease }, cancellationToken: cancellationToken)))
            .OrderBy(message => message.Position)
            .ToList();

        foreach (var message in claimed)
        {
            try
            {
                await DeliverAsync(message.Id, message.EventType, message.Payload, cancellationToken);
                await connection.ExecuteAsync(new CommandDefinition(
                    $"UPDATE {sender.Schema}.outbox_messages SET processed_at = now(), locked_until = NULL, last_error = NULL WHERE id = @Id",
                    new { message.Id }, cancellationToken: cancellationToken));
            }
            catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
            {
                // The row stays pending and visible (attempts, last_error); handlers that did succeed are in their inbox.
                logger.LogError(exception, "Delivering outbox message {MessageId} ({EventType}) failed, attempt {Attempt}",
                    message.Id, message.EventType, message.Attempts + 1);
                await connection.ExecuteAsync(new CommandDefinition($"""
                    UPDATE {sender.Schema}.outbox_messages
                    SET attempts = attempts + 1, last_error = @Error, locked_until = NULL,
                        next_attempt_at = now() + make_interval(secs => least(300, power(2, attempts + 1)))
                    WHERE id = @Id
                    """, new { message.Id, Error = exception.ToString() }, cancellationToken: CancellationToken.None));
            }
        }

        return claimed.Count;
    }

    /// <summary>Hands one event to every handler; a handler that already handled it (inbox) does nothing.</summary>
    public async Task DeliverAsync(Guid messageId, string eventTypeName, string payload, CancellationToken cancellationToken)
    {
        var eventType = Type.GetType(eventTypeName, throwOnError: true)!;
        var integrationEvent = IntegrationEventSerializer.Deserialize(payload, eventType);
        foreach (var handlerType in modules.HandlersFor(eventType))
        {
            var receiver = modules.OwnerOf(handlerType);
            await using var scope = scopeFactory.CreateAsyncScope();
            var unitOfWork = scope.ServiceProvider.GetRequiredService<UnitOfWork>();
            await unitOfWork.BeginAsync(cancellationToken);
            try
            {
                var firstTime = await unitOfWork.Connection.ExecuteAsync(new CommandDefinition($"""
                    INSERT INTO {receiver.Schema}.inbox_messages (message_id, handler, event_type, processed_at)
                    VALUES (@MessageId, @Handler, @EventType, now())
                    ON CONFLICT (message_id, handler) DO NOTHING
                    """, new { MessageId = messageId, Handler = handlerType.FullName, EventType = eventTypeName },
                    unitOfWork.Transaction, cancellationToken: cancellationToken)) == 1;
                if (firstTime)
                {
                    var handler = scope.ServiceProvider.GetRequiredService(handlerType);
                    await (Task)InvokeMethod.MakeGenericMethod(eventType).Invoke(null, [handler, integrationEvent, cancellationToken])!;
                }

                await unitOfWork.CommitAsync(cancellationToken);
            }
            catch
            {
                await unitOfWork.RollbackAsync();
                throw;
            }
        }
    }

    private static readonly System.Reflection.MethodInfo InvokeMethod =
        typeof(OutboxProcessor).GetMethod(nameof(InvokeAsync), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!;

    private static Task InvokeAsync<TEvent>(object handler, TEvent integrationEvent, CancellationToken cancellationToken)
        where TEvent : class =>
        ((IIntegrationEventHandler<TEvent>)handler).Handle(integrationEvent, cancellationToken);
}

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

    public bool DeliveryEnabled { get; set; } = true;
}

/// <summary>
/// Delivers outbox rows to the receiving modules' handlers. Rows are claimed with FOR UPDATE SKIP LOCKED,
/// so several host processes share the work without delivering a row twice at the same time; each handler
/// runs in its own transaction together with its inbox record, so a redelivery after a crash has no effect.
/// </summary>
internal sealed class OutboxProcessor(
    NpgsqlDataSource dataSource,
    ModuleRegistry modules,
    IServiceScopeFactory scopeFactory,
    IOptions<MessagingOptions> options,
    ILogger<OutboxProcessor> logger)
{
    private sealed record PendingMessage(Guid Id, string EventType, string Payload, int Attempts);

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
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var pending = (await connection.QueryAsync<PendingMessage>(new CommandDefinition($"""
            SELECT id, event_type, payload::text AS payload, attempts
            FROM {sender.Schema}.outbox_messages
            WHERE processed_at IS NULL AND (next_attempt_at IS NULL OR next_attempt_at <= now())
            ORDER BY position
            LIMIT @BatchSize
            FOR UPDATE SKIP LOCKED
            """, new { options.Value.BatchSize }, transaction, cancellationToken: cancellationToken))).ToList();

        foreach (var message in pending)
        {
            try
            {
                await DeliverAsync(message.Id, message.EventType, message.Payload, cancellationToken);
                await connection.ExecuteAsync(new CommandDefinition(
                    $"UPDATE {sender.Schema}.outbox_messages SET processed_at = now(), last_error = NULL WHERE id = @Id",
                    new { message.Id }, transaction, cancellationToken: cancellationToken));
            }
            catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
            {
                // The row stays pending and visible (attempts, last_error); handlers that did succeed are in their inbox.
                logger.LogError(exception, "Delivering outbox message {MessageId} ({EventType}) failed, attempt {Attempt}",
                    message.Id, message.EventType, message.Attempts + 1);
                await connection.ExecuteAsync(new CommandDefinition($"""
                    UPDATE {sender.Schema}.outbox_messages
                    SET attempts = attempts + 1, last_error = @Error,
                        next_attempt_at = now() + make_interval(secs => least(300, power(2, attempts + 1)))
                    WHERE id = @Id
                    """, new { message.Id, Error = exception.ToString() }, transaction, cancellationToken: cancellationToken));
            }
        }

        await transaction.CommitAsync(cancellationToken);
        return pending.Count;
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

using Dapper;
using Klachten.BuildingBlocks.Application;
using Klachten.BuildingBlocks.Infrastructure.Data;
using Klachten.BuildingBlocks.Modules;
using Npgsql;
using NpgsqlTypes;

namespace Klachten.BuildingBlocks.Infrastructure.Messaging;

/// <summary>
/// For writers that send many rows in one round trip (an <see cref="NpgsqlBatch"/>, e.g. a batch writer): the statement that
/// puts integration events in the sending module's outbox. The caller executes it in the running unit of work's transaction;
/// the outbox stays the only writer of outbox rows.
/// </summary>
public interface IOutboxBatch
{
    /// <summary>One INSERT for all events (in the given order, which is their delivery order); all must come from one module.</summary>
    NpgsqlBatchCommand CreateEnqueueCommand(IReadOnlyCollection<object> integrationEvents);
}

internal sealed class Outbox(UnitOfWork unitOfWork, ModuleRegistry modules, TimeProvider timeProvider) : IOutbox, IOutboxBatch
{
    public async Task EnqueueAsync<TEvent>(TEvent integrationEvent, CancellationToken cancellationToken) where TEvent : class
    {
        var eventType = integrationEvent.GetType();
        var sender = modules.SenderOf(eventType);
        var sql = $"""
            INSERT INTO {sender.Schema}.outbox_messages (id, event_type, payload, occurred_at)
            VALUES (@Id, @EventType, @Payload::jsonb, @OccurredAt)
            """;
        await unitOfWork.Connection.ExecuteAsync(new CommandDefinition(sql, new
        {
            Id = Guid.CreateVersion7(),
            EventType = IntegrationEventSerializer.TypeName(eventType),
            Payload = IntegrationEventSerializer.Serialize(integrationEvent),
            OccurredAt = timeProvider.GetUtcNow(),
        }, unitOfWork.Transaction, cancellationToken: cancellationToken));
        unitOfWork.HasOutboxMessages = true;
    }

    public NpgsqlBatchCommand CreateEnqueueCommand(IReadOnlyCollection<object> integrationEvents)
    {
        ArgumentOutOfRangeException.ThrowIfZero(integrationEvents.Count);
        var schemas = integrationEvents.Select(e => modules.SenderOf(e.GetType()).Schema).Distinct().ToList();
        if (schemas.Count != 1)
        {
            throw new ArgumentException("One outbox command writes the events of one module.", nameof(integrationEvents));
        }

        var now = timeProvider.GetUtcNow().UtcDateTime;
        var command = new NpgsqlBatchCommand($"""
            INSERT INTO {schemas[0]}.outbox_messages (id, event_type, payload, occurred_at)
            SELECT id, event_type, payload::jsonb, $4 FROM unnest($1::uuid[], $2::text[], $3::text[]) AS e(id, event_type, payload)
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = integrationEvents.Select(_ => Guid.CreateVersion7()).ToArray() });
        command.Parameters.Add(new NpgsqlParameter { Value = integrationEvents.Select(e => IntegrationEventSerializer.TypeName(e.GetType())).ToArray() });
        command.Parameters.Add(new NpgsqlParameter { Value = integrationEvents.Select(IntegrationEventSerializer.Serialize).ToArray() });
        command.Parameters.Add(new NpgsqlParameter { Value = now, NpgsqlDbType = NpgsqlDbType.TimestampTz });
        unitOfWork.HasOutboxMessages = true;
        return command;
    }
}

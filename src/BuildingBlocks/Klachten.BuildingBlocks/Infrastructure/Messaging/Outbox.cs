using Dapper;
using Klachten.BuildingBlocks.Application;
using Klachten.BuildingBlocks.Infrastructure.Data;
using Klachten.BuildingBlocks.Modules;

namespace Klachten.BuildingBlocks.Infrastructure.Messaging;

internal sealed class Outbox(UnitOfWork unitOfWork, ModuleRegistry modules, TimeProvider timeProvider) : IOutbox
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
}

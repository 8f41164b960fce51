using System.Text.Json;
using System.Text.Json.Serialization;

namespace Klachten.BuildingBlocks.Infrastructure.Messaging;

internal static class IntegrationEventSerializer
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    // Assembly-qualified without version, so a new build of the same Contracts still reads old rows.
    public static string TypeName(Type eventType) => $"{eventType.FullName}, {eventType.Assembly.GetName().Name}";

    public static string Serialize(object integrationEvent) =>
        JsonSerializer.Serialize(integrationEvent, integrationEvent.GetType(), Options);

    public static object Deserialize(string payload, Type eventType) =>
        JsonSerializer.Deserialize(payload, eventType, Options)
        ?? throw new InvalidOperationException($"Outbox payload for {eventType.FullName} is null.");
}

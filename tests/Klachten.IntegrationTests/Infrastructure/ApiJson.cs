using System.Text.Json;
using System.Text.Json.Serialization;

namespace Klachten.IntegrationTests.Infrastructure;

public static class ApiJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };
}

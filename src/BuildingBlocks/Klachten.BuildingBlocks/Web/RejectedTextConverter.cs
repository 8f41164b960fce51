using System.Text.Json;
using System.Text.Json.Serialization;

namespace Klachten.BuildingBlocks.Web;

/// <summary>
/// Reads JSON strings as usual but refuses the NUL character, which PostgreSQL cannot store in text: the field is named in a
/// 400 instead of the insert failing later as a 500.
/// </summary>
public sealed class RejectedTextConverter : JsonConverter<string>
{
    public override bool HandleNull => false;

    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var value = reader.GetString();
        return value is not null && value.Contains('\0', StringComparison.Ordinal)
            ? throw new RejectedTextException("The text contains the NUL character (\\u0000), which cannot be stored.")
            : value;
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}

/// <summary>A JSON value refused for what it says rather than for its type; its message is meant for the client.</summary>
public sealed class RejectedTextException(string message) : JsonException(message);

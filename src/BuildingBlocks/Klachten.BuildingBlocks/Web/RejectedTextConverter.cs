using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Klachten.BuildingBlocks.Web;

/// <summary>
/// Reads JSON strings as usual but refuses control characters other than tab, line feed and carriage return: NUL cannot be
/// stored in PostgreSQL text at all (it would fail the insert as a 500), and the others (escape, backspace, C1 codes) have no
/// place in a letter or a register and only garble what staff and complainants read. The field is named in a 400.
/// </summary>
public sealed class RejectedTextConverter : JsonConverter<string>
{
    private static readonly SearchValues<char> Refused = SearchValues.Create(
        [.. Enumerable.Range(0, 0x20).Where(c => c is not ('\t' or '\n' or '\r')).Select(c => (char)c), '\u007f',
         .. Enumerable.Range(0x80, 0x20).Select(c => (char)c)]);

    public override bool HandleNull => false;

    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var value = reader.GetString();
        if (value is null)
        {
            return null;
        }

        var at = value.AsSpan().IndexOfAny(Refused);
        return at < 0
            ? value
            : throw new RejectedTextException(value[at] == '\0'
                ? "The text contains the NUL character (\\u0000), which cannot be stored."
                : $"The text contains the control character \\u{(int)value[at]:x4}; only tab and line breaks are allowed.");
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}

/// <summary>A JSON value refused for what it says rather than for its type; its message is meant for the client.</summary>
public sealed class RejectedTextException(string message) : JsonException(message);

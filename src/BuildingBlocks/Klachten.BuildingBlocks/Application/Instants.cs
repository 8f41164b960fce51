using System.Globalization;

namespace Klachten.BuildingBlocks.Application;

/// <summary>
/// Moments a user enters (a receipt, a phone call) are ISO 8601 with an explicit offset, "Z" or "+01:00": without one, the
/// server would have to guess the zone, and a call at 10:00 in Amsterdam must not be stored as 10:00 UTC.
/// </summary>
public static class Instants
{
    public const string Expected = "ISO 8601 with an offset, e.g. 2026-03-02T10:15:00+01:00";

    public static bool TryParse(string? value, out DateTimeOffset instant)
    {
        instant = default;
        if (string.IsNullOrWhiteSpace(value) || value.Length < 20)
        {
            return false;
        }

        var hasOffset = value.EndsWith('Z') || value.EndsWith('z') || value[^6] is '+' or '-' && value[^3] == ':';
        return hasOffset && value[10] is 'T' or 't'
            && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out instant);
    }

    public static DateTimeOffset Parse(string value) =>
        TryParse(value, out var instant) ? instant.ToUniversalTime() : throw new FormatException($"'{value}' is not {Expected}.");
}

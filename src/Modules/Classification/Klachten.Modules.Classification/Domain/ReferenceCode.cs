using System.Text.RegularExpressions;

namespace Klachten.Modules.Classification.Domain;

/// <summary>The two lists the quality manager maintains: complaint categories and root causes (oorzaken).</summary>
internal enum ReferenceList
{
    Category,
    RootCause,
}

/// <summary>
/// Codes of categories and root causes are PascalCase identifiers ("ExecutionGeneral"): they travel in the API,
/// in events and in the yearly analysis, so they must stay stable and unambiguous. Matching is case-insensitive
/// (two codes differing only in case cannot both exist); the stored spelling is canonical.
/// </summary>
internal static partial class ReferenceCode
{
    public const int MaxLength = 50;
    public const int MaxDescriptionLength = 200;

    /// <summary>Codes are trimmed on input: " Conduct " is Conduct. Null stays null (the validators name it).</summary>
    public static string? Normalize(string? code) => code?.Trim();

    public static bool IsWellFormed(string? code) =>
        code is { Length: > 0 and <= MaxLength } && Pattern().IsMatch(code);

    [GeneratedRegex("^[A-Z][A-Za-z0-9]*$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}

/// <summary>One entry of a reference list as the classification rules see it.</summary>
internal sealed record ReferenceEntry(string Code, string Description, bool Active);

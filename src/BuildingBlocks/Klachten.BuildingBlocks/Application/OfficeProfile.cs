using Microsoft.Extensions.Configuration;

namespace Klachten.BuildingBlocks.Application;

/// <summary>
/// Configuration section "Office": the one office that writes and signs every letter and e-mail of every module (letterhead,
/// signature, how to reach it). Empty parts are left out of the letters.
/// </summary>
public sealed class OfficeProfile
{
    public const string SectionName = "Office";
    public const string DefaultName = "Incassobureau";

    public string Name { get; set; } = DefaultName;

    /// <summary>Street and number, or "Postbus 123".</summary>
    public string? Street { get; set; }
    public string? PostalCode { get; set; }

    /// <summary>Also the place in "Amsterdam, 16 maart 2026" above a letter.</summary>
    public string? City { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public string? Website { get; set; }

    /// <summary>The function under the signing officer's name.</summary>
    public string SigningFunction { get; set; } = "Klachtenfunctionaris";

    /// <summary>A PNG or JPEG shown in the letterhead of printed letters; none when empty.</summary>
    public string? LogoPath { get; set; }

    /// <summary>The postal address on one line: "Postbus 123, 1000 AB Amsterdam"; null when not configured.</summary>
    public string? AddressLine => Parts(Street, Joined(" ", PostalCode, City)) is { Length: > 0 } line ? line : null;

    /// <summary>The signature: the officer's display name (when known), the signing function and the office.</summary>
    public IReadOnlyList<string> SignatureLines(string? officerName) =>
        [.. officerName is { Length: > 0 } name ? [name] : Array.Empty<string>(), SigningFunction, Name];

    /// <summary>
    /// "Voor vragen over ... kunt u ons bereiken via ..." from the office's phone and e-mail (a statement, so that a letter keeps to
    /// one question); null when neither is configured.
    /// </summary>
    public string? ReachUs(string subject)
    {
        var routes = Joined(" of ", Phone is { Length: > 0 } p ? $"telefoonnummer {p}" : null, Email is { Length: > 0 } e ? $"e-mail {e}" : null);
        return routes.Length == 0 ? null : $"Voor vragen over {subject} kunt u ons bereiken via {routes}.";
    }

    /// <summary>
    /// Binds the section. The office name was once configured per module (Intake:OfficeName, Handling:OfficeName); a deployment
    /// that still sets one of those and not Office:Name keeps its name.
    /// </summary>
    public static void Bind(OfficeProfile profile, IConfiguration configuration)
    {
        configuration.GetSection(SectionName).Bind(profile);
        if (string.IsNullOrWhiteSpace(configuration[$"{SectionName}:{nameof(Name)}"])
            && (configuration["Intake:OfficeName"] ?? configuration["Handling:OfficeName"]) is { Length: > 0 } legacy)
        {
            profile.Name = legacy;
        }
    }

    private static string Parts(params string?[] parts) => Joined(", ", parts);

    private static string Joined(string separator, params string?[] parts) =>
        string.Join(separator, parts.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p!.Trim()));
}

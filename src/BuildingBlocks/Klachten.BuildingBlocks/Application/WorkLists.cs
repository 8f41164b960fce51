using FluentValidation;

namespace Klachten.BuildingBlocks.Application;

/// <summary>
/// What the work lists of every module share (Intake's complaints, Handling's cases, Classification's queue): the filters'
/// names and forms, how a user filter reads "me", who may search by the complainant's name, and the one default sort.
/// </summary>
public static class WorkLists
{
    /// <summary>The default order of every work list, in words for the API document.</summary>
    public const string SortText = "Sorted by the nearest deadline first, then by reference; what has no deadline left (closed) comes last.";

    public const string Me = "me";

    public const string UserText = "\"me\" or a user name; another user than yourself only for the quality manager and management.";
    public const string DueBeforeText = "A local date yyyy-MM-dd: only what is still due (not met yet) with its due date before this date.";
    public const string ReferenceText = "A complaint's reference, e.g. KL-2026-000001 (exact; letter case and surrounding spaces ignored).";
    public const string CollectionAgentText = "The collection agent's user name (exact, in any letter case).";

    /// <summary>The roles that may see complainant data (PROCEDURE.md, geheimhouding), and so search by the complainant's name.</summary>
    public static readonly IReadOnlyList<string> SeeComplainantData = [Roles.ComplaintsOfficer, Roles.QualityManager, Roles.Management];

    /// <summary>
    /// A user filter ("me" or a user name) as the user it names, null when absent. Someone who does not see every complaint
    /// sees only their own work, so naming another user is refused (403) rather than answered with an empty page.
    /// </summary>
    public static string? User(string? value, ICurrentUser user)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var named = value.Trim();
        if (string.Equals(named, Me, StringComparison.OrdinalIgnoreCase))
        {
            return user.UserName;
        }

        if (!user.SeesAllComplaints() && !string.Equals(named, user.UserName, StringComparison.OrdinalIgnoreCase))
        {
            throw new ForbiddenException("You see only your own work: filter by \"me\".");
        }

        return named;
    }

    /// <summary>A text filter as sent without its surrounding spaces; null when absent.</summary>
    public static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>A reference as stored (KL-2026-000001): trimmed and in capitals.</summary>
    public static string? Reference(string? value) => Text(value)?.ToUpperInvariant();

    /// <summary>An ILIKE pattern matching the text anywhere, with the pattern's own characters taken literally.</summary>
    public static string? ContainsPattern(string? value) => Text(value) is { } text
        ? "%" + text.Replace(@"\", @"\\", StringComparison.Ordinal).Replace("%", @"\%", StringComparison.Ordinal)
            .Replace("_", @"\_", StringComparison.Ordinal) + "%"
        : null;

    /// <summary>Refuses (403) a search by the complainant's name to a user whose roles may not see complainant data.</summary>
    public static void EnsureMaySearchComplainants(ICurrentUser user)
    {
        if (!SeeComplainantData.Any(user.IsInRole))
        {
            throw new ForbiddenException($"Searching by the complainant's name is for {string.Join(", ", SeeComplainantData)}.");
        }
    }

    /// <summary>"me" or a well-formed user name, at most 100 characters.</summary>
    public static IRuleBuilderOptions<T, string?> UserFilter<T>(this IRuleBuilder<T, string?> rule) =>
        rule.SingleLineText().Must(value => string.IsNullOrWhiteSpace(value) || string.Equals(value.Trim(), Me, StringComparison.OrdinalIgnoreCase)
                || (value.Trim().Length <= 100 && UserNames.IsValid(value.Trim())))
            .WithMessage("Must be \"me\" or a user name (letters, digits, '.', '_', '-').");

    /// <summary>A well-formed user name (a collection agent), at most 100 characters.</summary>
    public static IRuleBuilderOptions<T, string?> UserNameFilter<T>(this IRuleBuilder<T, string?> rule) =>
        rule.SingleLineText().Must(value => string.IsNullOrWhiteSpace(value) || (value.Trim().Length <= 100 && UserNames.IsValid(value.Trim())))
            .WithMessage("Must be a user name (letters, digits, '.', '_', '-').");

    /// <summary>A search text of at most the given length (and, for a contains search, at least two characters).</summary>
    public static IRuleBuilderOptions<T, string?> SearchText<T>(this IRuleBuilder<T, string?> rule, int min, int max) =>
        rule.SingleLineText().Must(value => string.IsNullOrWhiteSpace(value) || (value.Trim().Length >= min && value.Trim().Length <= max))
            .WithMessage($"From {min} to {max} characters.");
}

namespace Klachten.BuildingBlocks.Application;

/// <summary>
/// Configuration section "PersonalData" (AVG). A closed complaint keeps the complainant's personal data and the free texts
/// about them for <see cref="RetainMonthsAfterClosing"/> months; then each module replaces them, and what the analysis
/// counts (dates, types, channels, categories, outcomes, terms met) stays.
/// </summary>
public sealed class PersonalDataOptions
{
    public const string SectionName = "PersonalData";

    /// <summary>What replaces a removed free text.</summary>
    public const string RemovedText = "(verwijderd)";

    /// <summary>What replaces a complainant's name.</summary>
    public const string AnonymisedName = "(geanonimiseerd)";

    public int RetainMonthsAfterClosing { get; set; } = 24;

    /// <summary>Complaints closed before this instant are due for anonymisation at <paramref name="now"/>.</summary>
    public DateTimeOffset ClosedBefore(DateTimeOffset now) => now.AddMonths(-RetainMonthsAfterClosing);
}

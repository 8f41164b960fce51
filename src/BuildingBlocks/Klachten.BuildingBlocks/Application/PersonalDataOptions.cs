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

/// <summary>
/// A module's part of the retention sweep (<see cref="PersonalDataOptions"/>): in the running unit of work, replaces the
/// personal data of up to <c>limit</c> complaints closed before <c>closedBefore</c> and not anonymised yet, and returns
/// their complaint ids. Anonymising the same complaint again must change nothing.
/// </summary>
public interface IPersonalDataEraser
{
    /// <summary>The module named in the audit entry of each anonymised complaint.</summary>
    string Module { get; }

    Task<IReadOnlyList<Guid>> AnonymiseClosedBeforeAsync(DateTimeOffset closedBefore, DateTimeOffset now, int limit, CancellationToken cancellationToken);
}

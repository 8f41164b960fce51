namespace Klachten.Modules.Analysis.Application.Abstractions;

/// <summary>
/// The aggregates of the read model for one period, or for a current period beside a previous one, in one round trip
/// (Infrastructure/Persistence/FigureReader.cs holds the SQL; bench/analysis/NOTES.md explains it). Everything derived
/// from them (shares, percentiles, Pareto, the trend test) is pure C# in Application/Figures.
/// </summary>
internal interface IFigureReader
{
    Task<RawFigures> ReadAsync(FigurePeriods periods, CancellationToken cancellationToken);

    /// <summary>The number of collection files the quality manager entered, for those of the years that have one.</summary>
    Task<IReadOnlyDictionary<int, int>> FileCountsAsync(IReadOnlyList<int> years, CancellationToken cancellationToken);
}

/// <summary>Dates of receipt, both inclusive (Amsterdam days). <see cref="Previous"/> is null for a single period.</summary>
internal sealed record FigurePeriods(DateRange Current, DateRange? Previous);

internal sealed record DateRange(DateOnly From, DateOnly To)
{
    public static DateRange Year(int year) => new(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));

    public int Days => To.DayNumber - From.DayNumber + 1;

    public bool Contains(DateOnly date) => date >= From && date <= To;
}

/// <summary>Period 1 is the current period, 0 the previous one.</summary>
internal sealed record RawFigures(
    IReadOnlyList<TotalsRow> Totals,
    IReadOnlyList<FlowRow> Flows,
    IReadOnlyList<GroupRow> Groups,
    IReadOnlyList<CategoryRow> Categories,
    IReadOnlyList<RepeatFilesRow> RepeatFiles)
{
    public static RawFigures Empty { get; } = new([], [], [], [], []);

    public RawFigures Of(int period) => new(
        Totals.Where(r => r.Period == period).ToList(), Flows.Where(r => r.Period == period).ToList(),
        Groups.Where(r => r.Period == period).ToList(), Categories.Where(r => r.Period == period).ToList(),
        RepeatFiles.Where(r => r.Period == period).ToList());
}

/// <summary>Counts over the complaints received in the period (the cohort).</summary>
internal sealed record TotalsRow(
    int Period, long Complaints, long Acknowledged, long AcknowledgementBreaches, long UnacknowledgedBreached, long Decided, long Upheld,
    long SettlementBreaches, long UndecidedBreached, long Extended, long Referred, long ReferralsConcluded, long Closed, long Satisfied,
    long MultiCategory, long Unclassified);

/// <summary>What happened in the period, whenever received: acknowledged, decided (letter sent), closed; and the backlog.</summary>
internal sealed record FlowRow(int Period, long Acknowledged, long Decided, long Closed, long OpenAtStart, long OpenAtEnd);

/// <summary>
/// One group of the cohort by a dimension (<see cref="Dimensions"/>); <see cref="Key"/> null means none (e.g. not decided).
/// For the day dimensions the key is a whole number of days; for the month yyyyMM.
/// </summary>
internal sealed record GroupRow(
    int Period, string Dimension, string? Key, long Complaints, long Upheld, long Decided, long DecidedInTime, long AcknowledgedInTime,
    long AcknowledgementSettled);

internal static class Dimensions
{
    public const string ComplainantType = "complainant_type";
    public const string Channel = "channel";
    public const string CollectionAgent = "collection_agent";
    public const string Officer = "officer";
    public const string Outcome = "outcome";
    public const string RootCause = "root_cause";
    public const string ReferralOutcome = "referral_outcome";
    public const string Month = "month";
    public const string AcknowledgementDaysLate = "acknowledgement_days_late";
    public const string DecisionDaysLate = "decision_days_late";
    public const string DaysToDecision = "days_to_decision";
}

/// <summary>Per category: a complaint in two categories counts in both.</summary>
internal sealed record CategoryRow(int Period, string Category, long Complaints, long Upheld);

/// <summary>Collection files with more than one complaint received in the period, and how many complaints those are.</summary>
internal sealed record RepeatFilesRow(int Period, long Files, long Complaints);

using Klachten.Modules.Analysis.Application.Abstractions;

namespace Klachten.Modules.Analysis.Infrastructure.Persistence;

/// <summary>One piece of a period: whole months (From and To are month starts, read from analysis.monthly_figures) or days (facts).</summary>
internal sealed record FigurePart(int Period, DateOnly From, DateOnly To, bool WholeMonths);

/// <summary>The counters of one (period, dimension, key) as <see cref="FigureReader.CountsSql"/> returns them.</summary>
internal sealed record CountRow(
    int Period, string Dimension, string Key, long Complaints, long Upheld, long Acknowledged, long AcknowledgementBreaches,
    long UnacknowledgedBreached, long Decided, long SettlementBreaches, long UndecidedBreached, long Extended, long Referred,
    long ReferralsConcluded, long Closed, long Satisfied, long MultiCategory, long Unclassified, long TermDecided, long DecidedInTime,
    long AcknowledgedInTime, long AcknowledgementSettled);

/// <summary>
/// How a period is read exactly from the pre-aggregates (ADR 0016): the months it holds whole from the month table, the days
/// before the first and after the last whole month from the facts. Pure, so the cut is unit-tested.
/// </summary>
internal static class FigureParts
{
    public const string Total = "total";
    public const string Category = "category";

    /// <summary>Period 1 is the current period, 0 the previous one.</summary>
    public static IReadOnlyList<(int Period, DateRange Range)> Periods(FigurePeriods periods) =>
        periods.Previous is { } previous ? [(0, previous), (1, periods.Current)] : [(1, periods.Current)];

    public static IReadOnlyList<FigurePart> Plan(FigurePeriods periods) =>
        Periods(periods).SelectMany(p => Plan(p.Period, p.Range)).ToList();

    public static IEnumerable<FigurePart> Plan(int period, DateRange range)
    {
        var firstWhole = range.From.Day == 1 ? range.From : MonthStart(range.From).AddMonths(1);
        var afterLastWhole = MonthStart(range.To.AddDays(1)); // exclusive: the whole months end before it
        if (firstWhole >= afterLastWhole)
        {
            yield return new FigurePart(period, range.From, range.To, false);
            yield break;
        }

        if (range.From < firstWhole)
        {
            yield return new FigurePart(period, range.From, firstWhole.AddDays(-1), false);
        }

        yield return new FigurePart(period, firstWhole, afterLastWhole.AddMonths(-1), true);
        if (afterLastWhole <= range.To)
        {
            yield return new FigurePart(period, afterLastWhole, range.To, false);
        }
    }

    public static bool IsCalendarYear(DateRange range) => range == DateRange.Year(range.From.Year);

    /// <summary>The counter rows in the shape <see cref="RawFigures"/> has always had.</summary>
    public static RawFigures ToRawFigures(IReadOnlyList<CountRow> counts, IReadOnlyList<FlowRow> flows, IReadOnlyList<RepeatFilesRow> repeats) =>
        new(
            counts.Where(c => c.Dimension == Total).Select(c => new TotalsRow(c.Period, c.Complaints, c.Acknowledged, c.AcknowledgementBreaches,
                c.UnacknowledgedBreached, c.Decided, c.Upheld, c.SettlementBreaches, c.UndecidedBreached, c.Extended, c.Referred,
                c.ReferralsConcluded, c.Closed, c.Satisfied, c.MultiCategory, c.Unclassified)).ToList(),
            flows,
            counts.Where(c => c.Dimension is not (Total or Category)).Select(c => new GroupRow(c.Period, c.Dimension, c.Key, c.Complaints,
                c.Upheld, c.TermDecided, c.DecidedInTime, c.AcknowledgedInTime, c.AcknowledgementSettled)).ToList(),
            counts.Where(c => c.Dimension == Category).Select(c => new CategoryRow(c.Period, c.Key, c.Complaints, c.Upheld)).ToList(),
            repeats);

    private static DateOnly MonthStart(DateOnly date) => new(date.Year, date.Month, 1);
}

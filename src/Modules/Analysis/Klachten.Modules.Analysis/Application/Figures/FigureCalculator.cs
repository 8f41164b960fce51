using System.Globalization;
using Klachten.Modules.Analysis.Application.Abstractions;

namespace Klachten.Modules.Analysis.Application.Figures;

/// <summary>Derives every figure from the SQL aggregates (pure: unit-tested on small hand-made sets).</summary>
internal static class FigureCalculator
{
    private static readonly string[] UpheldOutcomes = ["WellFounded", "PartlyWellFounded"];
    private static readonly string[] FoundForComplainant = ["Upheld", "PartlyUpheld"];

    public static PeriodFiguresDto Period(RawFigures raw, DateRange period, int? files = null)
    {
        var totals = raw.Totals.SingleOrDefault() ?? new TotalsRow(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        var flows = raw.Flows.SingleOrDefault() ?? new FlowRow(0, 0, 0, 0, 0, 0);
        var groups = raw.Groups.ToLookup(g => g.Dimension);
        var received = totals.Complaints;

        var categories = raw.Categories
            .OrderByDescending(c => c.Complaints).ThenBy(c => c.Category, StringComparer.Ordinal)
            .Select(c => new CategoryDto(c.Category, c.Complaints, Shares.Of(c.Complaints, received), c.Upheld))
            .ToList();

        var outcomes = Counts(groups[Dimensions.Outcome], totals.Decided);
        var referralOutcomes = Counts(groups[Dimensions.ReferralOutcome], totals.ReferralsConcluded);
        var foundForComplainant = groups[Dimensions.ReferralOutcome].Where(g => FoundForComplainant.Contains(g.Key)).Sum(g => g.Complaints);

        var acknowledgementLate = Histogram(groups[Dimensions.AcknowledgementDaysLate]);
        var decisionLate = Histogram(groups[Dimensions.DecisionDaysLate]);
        var daysToDecision = Histogram(groups[Dimensions.DaysToDecision]);
        var repeat = raw.RepeatFiles.SingleOrDefault();

        return new PeriodFiguresDto(
            period.From,
            period.To,
            received,
            new FlowsDto(flows.Acknowledged, flows.Decided, flows.Closed, flows.OpenAtStart, flows.OpenAtEnd),
            new CategoriesDto(categories, totals.MultiCategory),
            Pareto(groups[Dimensions.RootCause].Where(g => g.Key is not null).Select(g => (g.Key!, g.Complaints))),
            totals.Unclassified,
            Counts(groups[Dimensions.ComplainantType], received),
            Counts(groups[Dimensions.Channel], received),
            Colleagues(groups[Dimensions.CollectionAgent]),
            Colleagues(groups[Dimensions.Officer]),
            new OutcomesDto(totals.Decided, outcomes, totals.Upheld, Shares.Of(totals.Upheld, totals.Decided)),
            new TermsDto(
                Term(acknowledgementLate, totals.UnacknowledgedBreached, totals.AcknowledgementBreaches),
                Term(decisionLate, totals.UndecidedBreached, totals.SettlementBreaches),
                totals.Extended),
            new DaysToDecisionDto(daysToDecision.Values.Sum(), DayStatistics.Median(daysToDecision), DayStatistics.Percentile(daysToDecision, 90),
                DayStatistics.Max(daysToDecision)),
            new ReferralsDto(totals.Referred, Shares.Of(totals.Referred, totals.Decided), referralOutcomes, totals.ReferralsConcluded,
                foundForComplainant, Shares.Of(foundForComplainant, totals.ReferralsConcluded)),
            new SatisfactionDto(totals.Closed, totals.Satisfied, Shares.Of(totals.Satisfied, totals.Closed)),
            new RepeatFilesDto(repeat?.Files ?? 0, repeat?.Complaints ?? 0),
            Months(period, groups[Dimensions.Month]),
            files is { } count
                ? new RatesDto(count, Shares.PerThousand(received, count), Shares.PerThousand(totals.Upheld, count),
                    Shares.PerThousand(totals.Referred, count))
                : null);
    }

    public static YearFiguresDto Year(int year, RawFigures raw, int? files, int? previousFiles)
    {
        var current = Period(raw.Of(1), DateRange.Year(year), files);
        var previous = Period(raw.Of(0), DateRange.Year(year - 1), previousFiles);
        var months = Enumerable.Range(1, 12).Select(m => Change(m.ToString(CultureInfo.InvariantCulture),
            current.Months[m - 1].Complaints, previous.Months[m - 1].Complaints)).ToList();
        var categories = current.Categories.Items.Select(c => c.Code)
            .Union(previous.Categories.Items.Select(c => c.Code))
            .Order(StringComparer.Ordinal)
            .Select(code => Change(code,
                current.Categories.Items.SingleOrDefault(c => c.Code == code)?.Complaints ?? 0,
                previous.Categories.Items.SingleOrDefault(c => c.Code == code)?.Complaints ?? 0))
            .ToList();
        return new YearFiguresDto(year, current, previous,
            new TrendDto(PoissonComparison.Description, Change("total", current.Received, previous.Received), months, categories));
    }

    public static ChangeDto Change(string key, long current, long previous)
    {
        var p = Math.Round(PoissonComparison.TwoSidedPValue(current, previous), 4);
        return new ChangeDto(key, current, previous, current - previous,
            previous == 0 ? null : Math.Round((double)(current - previous) / previous, 4), p, p < PoissonComparison.SignificanceLevel);
    }

    /// <summary>Sorted by count (then code), each with its share and the cumulative share up to and including it.</summary>
    public static IReadOnlyList<ParetoEntryDto> Pareto(IEnumerable<(string Code, long Complaints)> causes)
    {
        var sorted = causes.OrderByDescending(c => c.Complaints).ThenBy(c => c.Code, StringComparer.Ordinal).ToList();
        var total = sorted.Sum(c => c.Complaints);
        long running = 0;
        return sorted.Select(c =>
        {
            running += c.Complaints;
            return new ParetoEntryDto(c.Code, c.Complaints, Shares.Of(c.Complaints, total), Shares.Of(running, total));
        }).ToList();
    }

    /// <summary>A term from the histogram of days after the due date: 0 (the due date itself) or earlier is met, 1 or later missed.</summary>
    public static TermDto Term(IReadOnlyDictionary<int, long> daysLate, long notDoneBreached, long breaches)
    {
        var inTime = daysLate.Where(p => p.Key <= 0).Sum(p => p.Value);
        var late = daysLate.Where(p => p.Key > 0).Sum(p => p.Value);
        var settled = inTime + late + notDoneBreached;
        return new TermDto(settled, inTime, late, notDoneBreached, Shares.Of(inTime, settled), breaches);
    }

    /// <summary>Every month of the period, also those without complaints (the SQL keys a month as yyyyMM).</summary>
    public static IReadOnlyList<MonthDto> Months(DateRange period, IEnumerable<GroupRow> rows)
    {
        var byMonth = rows.Where(r => r.Key is not null).ToDictionary(r => r.Key!, StringComparer.Ordinal);
        var months = new List<MonthDto>();
        for (var month = new DateOnly(period.From.Year, period.From.Month, 1); month <= period.To; month = month.AddMonths(1))
        {
            var key = month.ToString("yyyy-MM", CultureInfo.InvariantCulture);
            months.Add(byMonth.TryGetValue(month.ToString("yyyyMM", CultureInfo.InvariantCulture), out var row)
                ? new MonthDto(key, row.Complaints, Shares.Of(row.AcknowledgedInTime, row.AcknowledgementSettled), Shares.Of(row.DecidedInTime, row.Decided))
                : new MonthDto(key, 0, null, null));
        }

        return months;
    }

    private static IReadOnlyList<CountDto> Counts(IEnumerable<GroupRow> rows, long whole) =>
        rows.Where(r => r.Key is not null)
            .OrderByDescending(r => r.Complaints).ThenBy(r => r.Key, StringComparer.Ordinal)
            .Select(r => new CountDto(r.Key!, r.Complaints, Shares.Of(r.Complaints, whole)))
            .ToList();

    private static IReadOnlyList<ColleagueDto> Colleagues(IEnumerable<GroupRow> rows) =>
        rows.Where(r => r.Key is not null)
            .OrderByDescending(r => r.Complaints).ThenBy(r => r.Key, StringComparer.Ordinal)
            .Select(r => new ColleagueDto(r.Key!, r.Complaints, r.Decided, r.Upheld, r.DecidedInTime))
            .ToList();

    private static Dictionary<int, long> Histogram(IEnumerable<GroupRow> rows) =>
        rows.Where(r => r.Key is not null).ToDictionary(r => int.Parse(r.Key!, CultureInfo.InvariantCulture), r => r.Complaints);

    internal static bool IsUpheld(string? outcome) => outcome is not null && UpheldOutcomes.Contains(outcome);
}

using Klachten.Modules.Analysis.Application.Abstractions;
using Klachten.Modules.Analysis.Infrastructure.Persistence;

namespace Klachten.Modules.Analysis.Tests.Persistence;

public sealed class FigurePartsTests
{
    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    private static List<FigurePart> Plan(DateOnly from, DateOnly to) => FigureParts.Plan(1, new DateRange(from, to)).ToList();

    [Fact]
    public void A_calendar_year_is_read_as_twelve_whole_months_only()
    {
        Assert.Equal([new FigurePart(1, D(2025, 1, 1), D(2025, 12, 1), true)], Plan(D(2025, 1, 1), D(2025, 12, 31)));
    }

    [Fact]
    public void A_period_cut_inside_its_first_and_last_month_reads_those_days_from_the_facts()
    {
        Assert.Equal([
            new FigurePart(1, D(2026, 1, 15), D(2026, 1, 31), false),
            new FigurePart(1, D(2026, 2, 1), D(2026, 2, 1), true),
            new FigurePart(1, D(2026, 3, 1), D(2026, 3, 10), false),
        ], Plan(D(2026, 1, 15), D(2026, 3, 10)));
    }

    [Fact]
    public void A_period_without_a_whole_month_is_read_from_the_facts_alone()
    {
        Assert.Equal([new FigurePart(1, D(2026, 1, 10), D(2026, 1, 20), false)], Plan(D(2026, 1, 10), D(2026, 1, 20)));
        Assert.Equal([new FigurePart(1, D(2026, 1, 1), D(2026, 1, 30), false)], Plan(D(2026, 1, 1), D(2026, 1, 30)));
        Assert.Equal([new FigurePart(1, D(2026, 1, 31), D(2026, 2, 27), false)], Plan(D(2026, 1, 31), D(2026, 2, 27)));
    }

    [Fact]
    public void February_of_a_leap_year_is_whole_only_up_to_the_29th()
    {
        Assert.Equal([new FigurePart(1, D(2024, 1, 20), D(2024, 1, 31), false), new FigurePart(1, D(2024, 2, 1), D(2024, 2, 1), true)],
            Plan(D(2024, 1, 20), D(2024, 2, 29)));
        Assert.Equal([new FigurePart(1, D(2024, 2, 1), D(2024, 2, 28), false)], Plan(D(2024, 2, 1), D(2024, 2, 28)));
    }

    [Fact]
    public void The_parts_of_a_period_cover_every_day_of_it_exactly_once()
    {
        var start = D(2023, 11, 1);
        for (var from = start; from < start.AddDays(120); from = from.AddDays(7))
        {
            for (var to = from; to < from.AddDays(400); to = to.AddDays(11))
            {
                var days = Plan(from, to).SelectMany(p => p.WholeMonths
                    ? Enumerable.Range(0, (p.To.Year - p.From.Year) * 12 + p.To.Month - p.From.Month + 1)
                        .SelectMany(m => Days(p.From.AddMonths(m), p.From.AddMonths(m + 1).AddDays(-1)))
                    : Days(p.From, p.To)).ToList();
                Assert.Equal(Days(from, to), days);
            }
        }
    }

    [Fact]
    public void A_year_beside_the_year_before_plans_both_periods_and_only_calendar_years_count_as_such()
    {
        var parts = FigureParts.Plan(new FigurePeriods(DateRange.Year(2025), DateRange.Year(2024)));
        Assert.Equal([new FigurePart(0, D(2024, 1, 1), D(2024, 12, 1), true), new FigurePart(1, D(2025, 1, 1), D(2025, 12, 1), true)], parts);
        Assert.True(FigureParts.IsCalendarYear(DateRange.Year(2024)));
        Assert.False(FigureParts.IsCalendarYear(new DateRange(D(2024, 1, 1), D(2024, 12, 30))));
        Assert.False(FigureParts.IsCalendarYear(new DateRange(D(2024, 1, 1), D(2025, 12, 31))));
    }

    [Fact]
    public void The_counter_rows_become_totals_groups_and_categories()
    {
        static CountRow Row(string dimension, string key, long complaints, long upheld = 0, long termDecided = 0) =>
            new(1, dimension, key, complaints, upheld, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, termDecided, 16, 17, 18);

        var raw = FigureParts.ToRawFigures(
            [Row("total", "", 20, upheld: 5), Row("category", "Conduct", 7, upheld: 2), Row("month", "202501", 20, termDecided: 15),
             Row("days_to_decision", "10", 3)],
            [], []);

        var totals = Assert.Single(raw.Totals);
        Assert.Equal((20L, 5L, 2L, 5L, 13L, 14L), (totals.Complaints, totals.Upheld, totals.Acknowledged, totals.Decided,
            totals.MultiCategory, totals.Unclassified));
        Assert.Equal(new CategoryRow(1, "Conduct", 7, 2), Assert.Single(raw.Categories));
        Assert.Equal([new GroupRow(1, "month", "202501", 20, 0, 15, 16, 17, 18), new GroupRow(1, "days_to_decision", "10", 3, 0, 0, 16, 17, 18)],
            raw.Groups);
    }

    private static IEnumerable<DateOnly> Days(DateOnly from, DateOnly to)
    {
        for (var day = from; day <= to; day = day.AddDays(1))
        {
            yield return day;
        }
    }
}

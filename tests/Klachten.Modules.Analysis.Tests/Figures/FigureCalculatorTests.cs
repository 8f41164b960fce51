using Klachten.Modules.Analysis.Application.Abstractions;
using Klachten.Modules.Analysis.Application.Figures;

namespace Klachten.Modules.Analysis.Tests.Figures;

public sealed class FigureCalculatorTests
{
    private static readonly DateRange March = new(new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 31));

    private static TotalsRow Totals(long complaints, long decided = 0, long upheld = 0, long multiCategory = 0, long closed = 0, long satisfied = 0,
        long referred = 0, long concluded = 0, long unacknowledgedBreached = 0, long acknowledgementBreaches = 0) =>
        new(1, complaints, 0, acknowledgementBreaches, unacknowledgedBreached, decided, upheld, 0, 0, 0, referred, concluded, closed, satisfied,
            multiCategory, 0);

    private static GroupRow Group(string dimension, string? key, long complaints, long upheld = 0, long decided = 0, long decidedInTime = 0,
        long acknowledgedInTime = 0, long acknowledgementSettled = 0) =>
        new(1, dimension, key, complaints, upheld, decided, decidedInTime, acknowledgedInTime, acknowledgementSettled);

    private static RawFigures Raw(TotalsRow totals, IEnumerable<GroupRow>? groups = null, IEnumerable<CategoryRow>? categories = null) =>
        new([totals], [new FlowRow(1, 0, 0, 0, 0, 0)], (groups ?? []).ToList(), (categories ?? []).ToList(), []);

    [Fact]
    public void A_complaint_in_two_categories_counts_in_each_and_as_one_with_several()
    {
        var figures = FigureCalculator.Period(Raw(Totals(1, multiCategory: 1),
            categories: [new CategoryRow(1, "Conduct", 1, 0), new CategoryRow(1, "Financial", 1, 0)]), March);

        Assert.Equal(1, figures.Received);
        Assert.Equal(1, figures.Categories.MultiCategory);
        Assert.Equal([("Conduct", 1L, 1.0), ("Financial", 1L, 1.0)],
            figures.Categories.Items.Select(c => (c.Code, c.Complaints, c.Share!.Value)));
    }

    [Fact]
    public void A_term_met_on_the_due_date_counts_in_time_and_one_missed_by_a_day_late()
    {
        var onTheDay = FigureCalculator.Term(new Dictionary<int, long> { [0] = 1 }, 0, 0);
        var dayAfter = FigureCalculator.Term(new Dictionary<int, long> { [1] = 1 }, 0, 0);

        Assert.Equal((1L, 0L, 1.0), (onTheDay.InTime, onTheDay.Late, onTheDay.ShareInTime!.Value));
        Assert.Equal((0L, 1L, 0.0), (dayAfter.InTime, dayAfter.Late, dayAfter.ShareInTime!.Value));
    }

    [Fact]
    public void An_unacknowledged_complaint_past_its_term_counts_against_the_share()
    {
        var figures = FigureCalculator.Period(Raw(Totals(4, unacknowledgedBreached: 1, acknowledgementBreaches: 1),
            [Group(Dimensions.AcknowledgementDaysLate, "-2", 2), Group(Dimensions.AcknowledgementDaysLate, "3", 1),
             Group(Dimensions.AcknowledgementDaysLate, null, 1)]), March);

        var term = figures.Terms.Acknowledgement;
        Assert.Equal((4L, 2L, 1L, 1L, 0.5, 1L), (term.Settled, term.InTime, term.Late, term.NotDoneBreached, term.ShareInTime!.Value, term.Breaches));
    }

    [Fact]
    public void Root_causes_form_a_Pareto_sorted_by_count_with_the_cumulative_share()
    {
        var pareto = FigureCalculator.Pareto([("ThirdParty", 1), ("WrongAmount", 5), ("Communication", 3), ("SystemError", 1)]);

        Assert.Equal(["WrongAmount", "Communication", "SystemError", "ThirdParty"], pareto.Select(p => p.Code));
        Assert.Equal([0.5, 0.8, 0.9, 1.0], pareto.Select(p => p.CumulativeShare!.Value));
        Assert.Equal(0.3, pareto[1].Share);
    }

    [Fact]
    public void Outcomes_give_the_share_upheld_of_the_decided_complaints_and_referrals_the_share_found_for_the_complainant()
    {
        var figures = FigureCalculator.Period(Raw(Totals(5, decided: 4, upheld: 3, referred: 2, concluded: 2),
            [Group(Dimensions.Outcome, "WellFounded", 2), Group(Dimensions.Outcome, "PartlyWellFounded", 1), Group(Dimensions.Outcome, "Unfounded", 1),
             Group(Dimensions.Outcome, null, 1), Group(Dimensions.ReferralOutcome, "PartlyUpheld", 1), Group(Dimensions.ReferralOutcome, "Rejected", 1),
             Group(Dimensions.ReferralOutcome, null, 3)]), March);

        Assert.Equal(0.75, figures.Outcomes.ShareUpheld);
        Assert.Equal(["WellFounded", "PartlyWellFounded", "Unfounded"], figures.Outcomes.Items.Select(o => o.Key));
        Assert.Equal((2L, 0.5, 1L, 0.5), (figures.Referrals.Referred, figures.Referrals.ShareOfDecided!.Value, figures.Referrals.FoundForComplainant,
            figures.Referrals.ShareFoundForComplainant!.Value));
    }

    [Fact]
    public void Days_to_decision_come_from_the_histogram_with_median_p90_and_maximum()
    {
        var figures = FigureCalculator.Period(Raw(Totals(4, decided: 4),
            [Group(Dimensions.DaysToDecision, "5", 1), Group(Dimensions.DaysToDecision, "10", 2), Group(Dimensions.DaysToDecision, "30", 1),
             Group(Dimensions.DaysToDecision, null, 1)]), March);

        Assert.Equal((4L, 10.0, 30, 30), (figures.DaysToDecision.Count, figures.DaysToDecision.Median!.Value, figures.DaysToDecision.Percentile90!.Value,
            figures.DaysToDecision.Maximum!.Value));
    }

    [Fact]
    public void An_empty_year_has_zero_counts_no_shares_twelve_empty_months_and_no_significant_change()
    {
        var year = FigureCalculator.Year(2026, RawFigures.Empty, null, null);

        Assert.Equal(0, year.Current.Received);
        Assert.Null(year.Current.Outcomes.ShareUpheld);
        Assert.Null(year.Current.Terms.Settlement.ShareInTime);
        Assert.Null(year.Current.DaysToDecision.Median);
        Assert.Null(year.Current.Satisfaction.ShareSatisfied);
        Assert.Equal(12, year.Current.Months.Count);
        Assert.All(year.Current.Months, m => Assert.Equal(0, m.Complaints));
        Assert.Equal((0L, 1.0, false), (year.Trend.Total.Change, year.Trend.Total.PValue, year.Trend.Total.Significant));
        Assert.Empty(year.Trend.Categories);
        Assert.Null(year.Current.Rates);
    }

    [Fact]
    public void A_leap_year_has_366_days_and_29_February_falls_in_its_February()
    {
        Assert.Equal(366, DateRange.Year(2028).Days);
        Assert.Equal(365, DateRange.Year(2027).Days);
        var raw = new RawFigures([Totals(1) with { Period = 1 }], [], [Group(Dimensions.Month, "202802", 1)], [], []);

        var year = FigureCalculator.Year(2028, raw, 1000, null);

        Assert.Equal(["2028-01", "2028-02", "2028-03"], year.Current.Months.Take(3).Select(m => m.Month));
        Assert.Equal(1, year.Current.Months[1].Complaints);
        Assert.Equal(("2", 1L, 0L), (year.Trend.Months[1].Key, year.Trend.Months[1].Current, year.Trend.Months[1].Previous));
        Assert.Equal(1.0, year.Current.Rates!.ReceivedPerThousandFiles);
        Assert.True(DateRange.Year(2028).Contains(new DateOnly(2028, 2, 29)));
    }

    [Fact]
    public void A_period_lists_every_month_it_touches_and_shares_terms_per_month()
    {
        var period = new DateRange(new DateOnly(2025, 12, 15), new DateOnly(2026, 2, 10));
        var months = FigureCalculator.Months(period,
            [Group(Dimensions.Month, "202601", 4, decided: 4, decidedInTime: 3, acknowledgedInTime: 2, acknowledgementSettled: 4)]);

        Assert.Equal(["2025-12", "2026-01", "2026-02"], months.Select(m => m.Month));
        Assert.Equal((0.5, 0.75), (months[1].AcknowledgementShareInTime!.Value, months[1].SettlementShareInTime!.Value));
        Assert.Null(months[0].SettlementShareInTime);
    }

    [Fact]
    public void The_trend_per_category_compares_both_years_also_a_category_only_one_of_them_had()
    {
        var raw = new RawFigures([Totals(3) with { Period = 1 }, Totals(1) with { Period = 0 }], [], [],
            [new CategoryRow(1, "Financial", 3, 0), new CategoryRow(0, "Conduct", 1, 0)], []);

        var year = FigureCalculator.Year(2026, raw, null, null);

        Assert.Equal([("Conduct", 0L, 1L, -1L), ("Financial", 3L, 0L, 3L)],
            year.Trend.Categories.Select(c => (c.Key, c.Current, c.Previous, c.Change)));
        Assert.Null(year.Trend.Categories[1].RelativeChange);
        Assert.Equal(-1.0, year.Trend.Categories[0].RelativeChange);
    }
}

using Klachten.Modules.Analysis.Application.Figures;

namespace Klachten.Modules.Analysis.Tests.Figures;

public sealed class StatisticsTests
{
    private static Dictionary<int, long> Days(params int[] values) =>
        values.GroupBy(v => v).ToDictionary(g => g.Key, g => (long)g.Count());

    [Fact]
    public void The_median_of_an_odd_count_is_the_middle_value() => Assert.Equal(5.0, DayStatistics.Median(Days(9, 3, 5)));

    [Fact]
    public void The_median_of_an_even_count_is_the_mean_of_the_two_middle_values() => Assert.Equal(7.0, DayStatistics.Median(Days(3, 5, 9, 11)));

    [Fact]
    public void The_median_of_an_even_count_can_be_a_half_day() => Assert.Equal(4.5, DayStatistics.Median(Days(4, 5)));

    [Fact]
    public void Repeated_values_count_as_often_as_they_occur() => Assert.Equal(2.0, DayStatistics.Median(Days(2, 2, 2, 30)));

    [Theory]
    [InlineData(10, 9)] // 1..10: the 9th value
    [InlineData(20, 18)] // 1..20: the 18th value
    [InlineData(11, 10)] // 1..11: rank ceil(9.9) = 10
    [InlineData(1, 1)]
    public void The_90th_percentile_is_the_nearest_rank(int count, int expected) =>
        Assert.Equal(expected, DayStatistics.Percentile(Days(Enumerable.Range(1, count).ToArray()), 90));

    [Fact]
    public void The_maximum_is_the_longest_time() => Assert.Equal(31, DayStatistics.Max(Days(3, 31, 14)));

    [Fact]
    public void No_decisions_give_no_median_percentile_or_maximum()
    {
        Assert.Null(DayStatistics.Median(Days()));
        Assert.Null(DayStatistics.Percentile(Days(), 90));
        Assert.Null(DayStatistics.Max(Days()));
    }

    [Theory]
    [InlineData(3, 1, 0.625)]
    [InlineData(1, 3, 0.625)]
    [InlineData(10, 0, 0.001953125)]
    [InlineData(20, 10, 0.0987371467)]
    [InlineData(120, 80, 0.0056851560)]
    [InlineData(7, 7, 1.0)]
    [InlineData(0, 0, 1.0)]
    public void The_exact_Poisson_test_gives_the_binomial_two_sided_p_value(long current, long previous, double expected) =>
        Assert.Equal(expected, PoissonComparison.TwoSidedPValue(current, previous), 9);

    [Fact]
    public void A_large_count_against_itself_plus_noise_is_not_called_significant_and_a_doubling_is()
    {
        Assert.False(FigureCalculator_Change(1000, 980).Significant);
        Assert.True(FigureCalculator_Change(200, 100).Significant);
    }

    [Fact]
    public void Shares_of_nothing_are_null_not_zero()
    {
        Assert.Null(Shares.Of(0, 0));
        Assert.Equal(0.3333, Shares.Of(1, 3));
        Assert.Null(Shares.PerThousand(5, null));
        Assert.Equal(2.5, Shares.PerThousand(5, 2000));
    }

    private static Klachten.Modules.Analysis.Application.Figures.ChangeDto FigureCalculator_Change(long current, long previous) =>
        FigureCalculator.Change("total", current, previous);
}

namespace Klachten.Modules.Analysis.Application.Figures;

/// <summary>
/// Exact order statistics of whole days from a histogram (days → how many complaints). The median of an even count is the
/// mean of the two middle values; the 90th percentile is the nearest rank (the ⌈0.9·n⌉-th smallest value), a value that
/// occurred. Null for no values.
/// </summary>
internal static class DayStatistics
{
    public static double? Median(IReadOnlyDictionary<int, long> histogram)
    {
        var n = histogram.Values.Sum();
        if (n == 0)
        {
            return null;
        }

        return n % 2 == 1 ? Rank(histogram, (n + 1) / 2) : (Rank(histogram, n / 2) + Rank(histogram, n / 2 + 1)) / 2.0;
    }

    public static int? Percentile(IReadOnlyDictionary<int, long> histogram, int percent)
    {
        var n = histogram.Values.Sum();
        if (n == 0)
        {
            return null;
        }

        var rank = Math.Max(1, (long)Math.Ceiling(n * percent / 100.0));
        return Rank(histogram, rank);
    }

    public static int? Max(IReadOnlyDictionary<int, long> histogram) =>
        histogram.Where(p => p.Value > 0).Select(p => (int?)p.Key).Max();

    /// <summary>The value at 1-based rank <paramref name="rank"/> in ascending order.</summary>
    private static int Rank(IReadOnlyDictionary<int, long> histogram, long rank)
    {
        long seen = 0;
        foreach (var (days, count) in histogram.OrderBy(p => p.Key))
        {
            seen += count;
            if (seen >= rank)
            {
                return days;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(rank));
    }
}

/// <summary>
/// Whether two counts differ by more than chance: the exact conditional test for two Poisson counts. Under the hypothesis
/// of equal rates over equal exposures, k1 given k1 + k2 = n is Binomial(n, 1/2); the two-sided p-value is
/// min(1, 2·P(X ≤ min(k1, k2))). A change is called significant when p &lt; 0.05.
/// </summary>
internal static class PoissonComparison
{
    public const double SignificanceLevel = 0.05;

    public const string Description =
        "Exact conditional test for two Poisson counts: given k1 + k2 = n, k1 is Binomial(n, 0.5) when the rates are equal; " +
        "two-sided p = min(1, 2·P(X ≤ min(k1, k2))); significant when p < 0.05.";

    public const string DutchDescription =
        "Exacte voorwaardelijke toets voor twee Poisson-aantallen: bij gelijke kans is het aantal van dit jaar, gegeven het totaal " +
        "n van beide jaren, binomiaal verdeeld met n en p = 0,5. Tweezijdige p-waarde = min(1; 2 × P(X ≤ kleinste aantal)); " +
        "een verandering heet significant als p kleiner is dan 0,05.";

    public static double TwoSidedPValue(long current, long previous)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(current);
        ArgumentOutOfRangeException.ThrowIfNegative(previous);
        var n = current + previous;
        if (n == 0 || current == previous)
        {
            return 1.0;
        }

        var k = Math.Min(current, previous);
        // P(X <= k) for Binomial(n, 1/2), summed in log space: pmf(0) = 2^-n, pmf(i+1) = pmf(i)·(n-i)/(i+1).
        var logPmf = -n * Math.Log(2);
        var logTail = logPmf;
        for (long i = 0; i < k; i++)
        {
            logPmf += Math.Log(n - i) - Math.Log(i + 1);
            logTail = LogSum(logTail, logPmf);
        }

        return Math.Min(1.0, 2 * Math.Exp(logTail));
    }

    private static double LogSum(double a, double b) => a > b ? a + double.LogP1(Math.Exp(b - a)) : b + double.LogP1(Math.Exp(a - b));
}

internal static class Shares
{
    /// <summary>part / whole, rounded to four decimals; null when the whole is zero (no share to speak of).</summary>
    public static double? Of(long part, long whole) => whole == 0 ? null : Math.Round((double)part / whole, 4);

    /// <summary>Per 1,000 files, one decimal; null without a number of files.</summary>
    public static double? PerThousand(long count, int? files) => files is > 0 ? Math.Round(count * 1000.0 / files.Value, 1) : null;
}

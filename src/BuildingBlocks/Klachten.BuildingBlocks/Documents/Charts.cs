namespace Klachten.BuildingBlocks.Documents;

public enum ChartKind
{
    /// <summary>One series, one bar per label.</summary>
    Bar,

    /// <summary>Several series side by side per label (this year against last, per month).</summary>
    GroupedBar,

    /// <summary>One line per series.</summary>
    Line,

    /// <summary>One series: bars sorted from high to low, with the cumulative share as a line on a 0–100 % right axis.</summary>
    Pareto,
}

/// <summary>One named row of values, one value per label of the chart.</summary>
public sealed record ChartSeries(string Name, IReadOnlyList<double> Values);

/// <summary>A chart to render. Every text (title, labels, series names) is printed as given: the caller writes it in Dutch.</summary>
/// <param name="XAxisLabel">Under the horizontal axis; none when null.</param>
/// <param name="CumulativeLabel">
/// Pareto only: the name of the cumulative line and its right axis (default "Cumulatief aandeel (%)").
/// </param>
public sealed record ChartSpec(
    string Title,
    ChartKind Kind,
    IReadOnlyList<string> Labels,
    IReadOnlyList<ChartSeries> Series,
    string? YAxisLabel = null,
    string? XAxisLabel = null,
    string? CumulativeLabel = null)
{
    internal void Validate()
    {
        ArgumentNullException.ThrowIfNull(Title, nameof(Title));
        ArgumentNullException.ThrowIfNull(Labels, nameof(Labels));
        ArgumentNullException.ThrowIfNull(Series, nameof(Series));
        if (Series.Count == 0)
        {
            throw new ArgumentException("A chart needs at least one series.", nameof(Series));
        }

        if (Kind is ChartKind.Bar or ChartKind.Pareto && Series.Count != 1)
        {
            throw new ArgumentException($"A {Kind} chart has exactly one series; {Series.Count} were given.", nameof(Series));
        }

        foreach (var series in Series)
        {
            if (series?.Values is null || series.Values.Count != Labels.Count)
            {
                throw new ArgumentException(
                    $"The series '{series?.Name}' has {series?.Values?.Count ?? 0} values for {Labels.Count} labels.", nameof(Series));
            }

            if (series.Values.Any(v => !double.IsFinite(v)))
            {
                throw new ArgumentException($"The series '{series.Name}' holds a value that is not a finite number.", nameof(Series));
            }
        }

        if (Kind == ChartKind.Pareto && Series[0].Values.Any(v => v < 0))
        {
            throw new ArgumentException("A Pareto chart counts things: its values cannot be negative.", nameof(Series));
        }
    }
}

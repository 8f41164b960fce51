using System.Globalization;
using ScottPlot;

namespace Klachten.BuildingBlocks.Documents;

/// <summary>The house's charts, in DejaVu Sans and the house colours, as PNG (for PDFs) or SVG (for the web).</summary>
public static class ChartRenderer
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    private static readonly Color[] Palette =
    [
        Color.FromHex("#1F4E79"), // navy: the first (current) series
        Color.FromHex("#9DB9D5"), // light blue: the one compared with
        Color.FromHex("#E07B39"),
        Color.FromHex("#5B8C3A"),
        Color.FromHex("#7F7F7F"),
        Color.FromHex("#B3446C"),
    ];

    private static readonly Color Highlight = Color.FromHex("#E07B39");

    /// <summary>The chart as PNG, <paramref name="width"/> by <paramref name="height"/> pixels.</summary>
    /// <param name="scale">
    /// Pixel density: 2 lays the chart out as at width × height but gives twice as many pixels each way, sharp in print
    /// (a PDF scales the image to its width anyway). 1 to 4.
    /// </param>
    public static byte[] Png(ChartSpec spec, int width = 800, int height = 450, double scale = 1)
    {
        if (!(scale >= 1 && scale <= 4))
        {
            throw new ArgumentOutOfRangeException(nameof(scale), scale, "The scale lies between 1 and 4.");
        }

        var plot = Create(spec, width, height);
        plot.ScaleFactor = (float)scale;
        return plot.GetImageBytes((int)Math.Round(width * scale), (int)Math.Round(height * scale), ImageFormat.Png);
    }

    public static string Svg(ChartSpec spec, int width = 800, int height = 450)
    {
        var plot = Create(spec, width, height);
        return plot.GetSvgXml(width, height);
    }

    private static Plot Create(ChartSpec spec, int width, int height)
    {
        ArgumentNullException.ThrowIfNull(spec);
        spec.Validate();
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 100);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 100);
        ChartFonts.EnsureInstalled();

        var plot = new Plot();
        plot.Title(spec.Title);
        if (spec.YAxisLabel is { } yLabel)
        {
            plot.YLabel(yLabel);
        }

        if (spec.XAxisLabel is { } xLabel)
        {
            plot.XLabel(xLabel);
        }

        switch (spec.Kind)
        {
            case ChartKind.Bar:
                Bars(plot, spec.Labels, spec.Series);
                break;
            case ChartKind.GroupedBar:
                Bars(plot, spec.Labels, spec.Series);
                break;
            case ChartKind.Line:
                Lines(plot, spec.Labels, spec.Series);
                break;
            case ChartKind.Pareto:
                Pareto(plot, spec);
                break;
        }

        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic
        {
            IntegerTicksOnly = spec.Series.All(s => s.Values.All(v => v == Math.Floor(v))),
            LabelFormatter = v => v.ToString("#,0.##", Dutch),
        };
        plot.Grid.XAxisStyle.MajorLineStyle.Width = 0;
        plot.Grid.YAxisStyle.MajorLineStyle.Color = Color.FromHex("#E4E4E4");
        RotateLongLabels(plot, spec.Labels, width);
        // ScottPlot shows a legend as soon as anything has a legend text; one series needs none, the title says it.
        var legend = spec.Series.Count > 1 || spec.Kind == ChartKind.Pareto;
        if (!legend)
        {
            foreach (var plottable in plot.GetPlottables().OfType<IHasLegendText>())
            {
                plottable.LegendText = string.Empty;
            }
        }

        if (legend)
        {
            // Below the chart, where it never covers a bar or the cumulative line.
            plot.ShowLegend(Edge.Bottom);
        }
        else
        {
            plot.HideLegend();
        }

        if (spec.Kind == ChartKind.Pareto)
        {
            plot.Axes.SetLimitsY(0, 105, plot.Axes.Right);
        }

        // Last, so that every text already added (title, axes, ticks, legend) gets the house font.
        plot.Font.Set(DocumentFonts.Family);
        return plot;
    }

    private static void Bars(Plot plot, IReadOnlyList<string> labels, IReadOnlyList<ChartSeries> series)
    {
        var count = series.Count;
        var groupWidth = 0.8;
        var barWidth = groupWidth / count;
        for (var s = 0; s < count; s++)
        {
            var bars = series[s].Values.Select((value, i) => new Bar
            {
                Position = i - (groupWidth / 2) + (barWidth * (s + 0.5)),
                Value = value,
                Size = barWidth * 0.92,
                FillColor = Palette[s % Palette.Length],
                LineWidth = 0,
            }).ToList();
            var plottable = plot.Add.Bars(bars);
            plottable.LegendText = series[s].Name;
        }

        Categories(plot, labels);
        plot.Axes.Margins(bottom: 0);
    }

    private static void Lines(Plot plot, IReadOnlyList<string> labels, IReadOnlyList<ChartSeries> series)
    {
        var xs = Enumerable.Range(0, labels.Count).Select(i => (double)i).ToArray();
        for (var s = 0; s < series.Count; s++)
        {
            var line = plot.Add.Scatter(xs, series[s].Values.ToArray(), Palette[s % Palette.Length]);
            line.LegendText = series[s].Name;
            line.LineWidth = 2.5f;
            line.MarkerSize = 6;
        }

        Categories(plot, labels);
    }

    /// <summary>The Pareto bars from high to low (ties in the caller's order) with the cumulative share after each.</summary>
    internal static IReadOnlyList<(string Label, double Value, double CumulativePercent)> ParetoOrder(ChartSpec spec)
    {
        var series = spec.Series[0];
        var ordered = spec.Labels
            .Select((label, i) => (Label: label ?? string.Empty, Value: series.Values[i], Index: i))
            .OrderByDescending(p => p.Value)
            .ThenBy(p => p.Index)
            .ToArray();
        var total = ordered.Sum(p => p.Value);
        double running = 0;
        return ordered
            .Select(p => (p.Label, p.Value, total == 0 ? 0 : 100 * (running += p.Value) / total))
            .ToArray();
    }

    private static void Pareto(Plot plot, ChartSpec spec)
    {
        var series = spec.Series[0];
        var ordered = ParetoOrder(spec);

        var bars = ordered.Select((p, i) => new Bar
        {
            Position = i,
            Value = p.Value,
            Size = 0.75,
            FillColor = Palette[0],
            LineWidth = 0,
        }).ToList();
        plot.Add.Bars(bars).LegendText = series.Name;

        var share = ordered.Select(p => p.CumulativePercent).ToArray();
        var xs = Enumerable.Range(0, ordered.Count).Select(i => (double)i).ToArray();
        var cumulative = plot.Add.Scatter(xs, share, Highlight);
        cumulative.LegendText = spec.CumulativeLabel ?? "Cumulatief aandeel (%)";
        cumulative.LineWidth = 2.5f;
        cumulative.MarkerSize = 6;
        cumulative.Axes.YAxis = plot.Axes.Right;

        plot.Axes.Right.Label.Text = spec.CumulativeLabel ?? "Cumulatief aandeel (%)";
        double[] percentTicks = [0, 20, 40, 60, 80, 100];
        plot.Axes.Right.SetTicks(percentTicks, percentTicks.Select(t => t.ToString("0", Dutch) + " %").ToArray());
        Categories(plot, ordered.Select(p => p.Label).ToArray());
        plot.Axes.Margins(bottom: 0);
    }

    private static void Categories(Plot plot, IReadOnlyList<string> labels)
    {
        var positions = Enumerable.Range(0, labels.Count).Select(i => (double)i).ToArray();
        plot.Axes.Bottom.SetTicks(positions, labels.Select(l => l ?? string.Empty).ToArray());
        plot.Axes.Bottom.MajorTickStyle.Length = 0;
        plot.Axes.Bottom.MinorTickStyle.Length = 0;
        plot.Axes.SetLimitsX(-0.6, labels.Count - 0.4);
    }

    /// <summary>Labels that would run into each other are printed at an angle.</summary>
    private static void RotateLongLabels(Plot plot, IReadOnlyList<string> labels, int width)
    {
        var style = plot.Axes.Bottom.TickLabelStyle;
        style.FontName = DocumentFonts.Family;
        using var paint = Paint.NewDisposablePaint();
        var longest = labels.Select(l => (double)style.Measure(l ?? string.Empty, paint).Width).DefaultIfEmpty(0).Max();
        var room = (width - 140.0) / Math.Max(1, labels.Count);
        if (longest + 6 > room)
        {
            style.Rotation = 40;
            style.Alignment = Alignment.MiddleLeft;
            // ScottPlot sizes the axis for level labels; a slanted one reaches down by its length times sin 40°.
            plot.Axes.Bottom.MinimumSize = (float)((longest * Math.Sin(40 * Math.PI / 180)) + 16);
        }
    }
}

using System.Xml.Linq;
using Klachten.BuildingBlocks.Documents;
using SkiaSharp;

namespace Klachten.BuildingBlocks.Tests.Documents;

public sealed class ChartRendererTests
{
    private static readonly string[] Months = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"];

    public static TheoryData<ChartKind> Kinds => [ChartKind.Bar, ChartKind.GroupedBar, ChartKind.Line, ChartKind.Pareto];

    private static ChartSpec Spec(ChartKind kind) => kind switch
    {
        ChartKind.Bar => new("Klachten per maand 2026", kind, Months, [new ChartSeries("2026", Values(3))], "Aantal klachten", "Maand"),
        ChartKind.GroupedBar => new("Klachten per maand: 2026 tegen 2025", kind, Months,
            [new ChartSeries("2026", Values(3)), new ChartSeries("2025", Values(5))], "Aantal klachten"),
        ChartKind.Line => new("Gegronde klachten per maand", kind, Months,
            [new ChartSeries("Ontvangen", Values(7)), new ChartSeries("Gegrond", Values(2))], "Aantal"),
        _ => new("Oorzaken van gegronde klachten", kind, ["Communicatie", "Termijn", "Bejegening", "Kosten", "Overig"],
            [new ChartSeries("Aantal", [4, 19, 7, 2, 11])], "Aantal klachten"),
    };

    private static double[] Values(int seed) => Months.Select((_, i) => (double)(((i + 1) * seed) % 17)).ToArray();

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Png_has_the_PNG_signature_and_the_requested_size(ChartKind kind)
    {
        var png = ChartRenderer.Png(Spec(kind), 640, 360);

        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, png.Take(8).ToArray());
        using var bitmap = SKBitmap.Decode(png);
        Assert.NotNull(bitmap);
        Assert.Equal(640, bitmap.Width);
        Assert.Equal(360, bitmap.Height);
        Assert.True(DistinctColours(bitmap) > 10, "the image is (nearly) blank");
    }

    [Fact]
    public void A_scaled_PNG_has_more_pixels_for_the_same_layout()
    {
        using var plain = SKBitmap.Decode(ChartRenderer.Png(Spec(ChartKind.Bar), 400, 300));
        using var sharp = SKBitmap.Decode(ChartRenderer.Png(Spec(ChartKind.Bar), 400, 300, scale: 2));

        Assert.Equal((400, 300), (plain.Width, plain.Height));
        Assert.Equal((800, 600), (sharp.Width, sharp.Height));
        // The same layout at twice the density: the coloured pixels of the plain chart (bars, text, axes) come back in the
        // sharp one at twice their coordinates, far more than in a chart simply drawn at 800 by 600.
        using var large = SKBitmap.Decode(ChartRenderer.Png(Spec(ChartKind.Bar), 800, 600));
        var sharpMatch = Match(plain, sharp);
        var largeMatch = Match(plain, large);
        Assert.True(sharpMatch > 0.75 && sharpMatch > largeMatch + 0.2,
            $"{sharpMatch:P0} of the coloured pixels match at scale 2, {largeMatch:P0} in a larger chart: the layout changed");
    }

    private static double Match(SKBitmap plain, SKBitmap doubled)
    {
        var same = 0;
        var coloured = 0;
        for (var x = 2; x < plain.Width; x += 3)
        {
            for (var y = 2; y < plain.Height; y += 3)
            {
                var colour = plain.GetPixel(x, y);
                if (colour == SKColors.White)
                {
                    continue;
                }

                coloured++;
                var other = doubled.GetPixel((2 * x) + 1, (2 * y) + 1);
                var difference = Math.Abs(colour.Red - other.Red) + Math.Abs(colour.Green - other.Green) + Math.Abs(colour.Blue - other.Blue);
                same += difference < 60 ? 1 : 0;
            }
        }

        return (double)same / coloured;
    }

    [Fact]
    public void Png_defaults_to_800_by_450()
    {
        using var bitmap = SKBitmap.Decode(ChartRenderer.Png(Spec(ChartKind.Bar)));

        Assert.Equal((800, 450), (bitmap.Width, bitmap.Height));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Svg_parses_as_XML_and_carries_the_title_in_the_house_font(ChartKind kind)
    {
        var spec = Spec(kind);

        var svg = ChartRenderer.Svg(spec, 640, 360);

        var document = XDocument.Parse(svg);
        Assert.Equal("svg", document.Root!.Name.LocalName);
        Assert.Contains(spec.Title, document.Root.Value, StringComparison.Ordinal);
        Assert.Contains("DejaVu Sans", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void Dutch_characters_in_labels_reach_the_SVG_intact()
    {
        var spec = new ChartSpec("Klachten over cliënten en coördinatie (€)", ChartKind.Bar, ["één", "twee"],
            [new ChartSeries("Aantal", [1, 2])], "Bedrag in €");

        var text = XDocument.Parse(ChartRenderer.Svg(spec, 640, 360)).Root!.Value;

        Assert.Contains("Klachten over cliënten en coördinatie (€)", text, StringComparison.Ordinal);
        Assert.Contains("één", text, StringComparison.Ordinal);
        Assert.Contains("Bedrag in €", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_legend_names_the_series_when_there_is_more_than_one()
    {
        var grouped = XDocument.Parse(ChartRenderer.Svg(Spec(ChartKind.GroupedBar), 640, 360)).Root!.Value;
        var single = XDocument.Parse(ChartRenderer.Svg(
            new ChartSpec("Klachten", ChartKind.Bar, ["a", "b"], [new ChartSeries("Reeksnaam", [1, 2])]), 640, 360)).Root!.Value;

        Assert.Contains("2026", grouped, StringComparison.Ordinal);
        Assert.Contains("2025", grouped, StringComparison.Ordinal);
        Assert.DoesNotContain("Reeksnaam", single, StringComparison.Ordinal);
    }

    [Fact]
    public void Pareto_sorts_the_bars_from_high_to_low_and_adds_the_cumulative_share()
    {
        var spec = Spec(ChartKind.Pareto);

        var pareto = ChartRenderer.ParetoOrder(spec);

        Assert.Equal(["Termijn", "Overig", "Bejegening", "Communicatie", "Kosten"], pareto.Select(p => p.Label));
        Assert.Equal([19, 11, 7, 4, 2], pareto.Select(p => p.Value));
        Assert.Equal([44.186, 69.767, 86.047, 95.349, 100.0], pareto.Select(p => Math.Round(p.CumulativePercent, 3)));
        var text = XDocument.Parse(ChartRenderer.Svg(spec, 640, 360)).Root!.Value;
        Assert.Contains("Cumulatief aandeel (%)", text, StringComparison.Ordinal);
        Assert.Contains("100 %", text, StringComparison.Ordinal);
        Assert.True(text.IndexOf("Termijn", StringComparison.Ordinal) < text.IndexOf("Kosten", StringComparison.Ordinal),
            "the labels are not in descending order of their values");
    }

    [Fact]
    public void Pareto_of_only_zeroes_has_no_cumulative_share_rather_than_dividing_by_zero()
    {
        var spec = new ChartSpec("Oorzaken", ChartKind.Pareto, ["a", "b"], [new ChartSeries("Aantal", [0, 0])]);

        Assert.All(ChartRenderer.ParetoOrder(spec), p => Assert.Equal(0, p.CumulativePercent));
        Assert.NotEmpty(ChartRenderer.Png(spec, 300, 200));
    }

    [Fact]
    public void The_same_chart_twice_gives_the_same_PNG()
    {
        Assert.Equal(ChartRenderer.Png(Spec(ChartKind.GroupedBar)), ChartRenderer.Png(Spec(ChartKind.GroupedBar)));
    }

    [Fact]
    public void Charts_render_side_by_side_on_several_threads()
    {
        var pngs = new byte[8][];
        Parallel.For(0, pngs.Length, i => pngs[i] = ChartRenderer.Png(Spec((ChartKind)(i % 4)), 400, 300));

        Assert.All(pngs, png => Assert.Equal(0x89, png[0]));
    }

    [Theory]
    [InlineData(ChartKind.Bar, 2, "exactly one series")]
    [InlineData(ChartKind.Pareto, 2, "exactly one series")]
    [InlineData(ChartKind.Line, 0, "at least one series")]
    public void A_chart_with_the_wrong_number_of_series_is_refused(ChartKind kind, int seriesCount, string message)
    {
        var series = Enumerable.Range(0, seriesCount).Select(i => new ChartSeries($"s{i}", [1, 2])).ToList();
        var spec = new ChartSpec("Titel", kind, ["a", "b"], series);

        var error = Assert.Throws<ArgumentException>(() => ChartRenderer.Png(spec));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_series_with_more_or_fewer_values_than_labels_is_refused()
    {
        var spec = new ChartSpec("Titel", ChartKind.Line, ["a", "b", "c"], [new ChartSeries("Reeks", [1, 2])]);

        var error = Assert.Throws<ArgumentException>(() => ChartRenderer.Svg(spec, 400, 300));
        Assert.Contains("2 values for 3 labels", error.Message, StringComparison.Ordinal);
    }

    private static int DistinctColours(SKBitmap bitmap)
    {
        var colours = new HashSet<SKColor>();
        for (var x = 0; x < bitmap.Width; x += 7)
        {
            for (var y = 0; y < bitmap.Height; y += 7)
            {
                colours.Add(bitmap.GetPixel(x, y));
            }
        }

        return colours.Count;
    }
}

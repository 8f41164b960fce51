using System.Globalization;
using System.Text;
using Klachten.BuildingBlocks.Documents;

namespace Klachten.BuildingBlocks.Tests.Documents;

internal static class DocumentSamples
{
    public const string Title = "Overzicht klachten 2026";

    public static DocumentInfo Info => new(Title, "Kwaliteitszorg", "A. Jansen") { OfficeName = "Gerechtsdeurwaarderskantoor Van Dijk" };

    public static DocumentTable ComplaintTable(int rows) => new(
        ["Dossiernummer", "Omschrijving", "Ontvangen", "Bedrag"],
        Enumerable.Range(1, rows)
            .Select(i => (IReadOnlyList<string>)
            [
                $"K-2026-{i:0000}",
                $"Klacht over de aanmaning in dossier {i:0000}: de cliënt vindt de toon onheus",
                $"{(i % 28) + 1} maart 2026",
                (i * 12.5m).ToString("0.00", CultureInfo.GetCultureInfo("nl-NL")),
            ])
            .ToList(),
        [ColumnAlignment.Left, ColumnAlignment.Left, ColumnAlignment.Left, ColumnAlignment.Right]);

    /// <summary>About <paramref name="length"/> characters of Dutch prose, every word numbered so each can be found back.</summary>
    public static string LongDutchText(int length)
    {
        string[] words = ["klager", "schrijft", "dat", "de", "deurwaarder", "geen", "betalingsregeling", "wilde", "treffen", "één",
            "cliënt", "coördinatie"];
        var text = new StringBuilder();
        for (var i = 0; text.Length < length; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"{words[i % words.Length]}{i} ");
        }

        return text.ToString().TrimEnd();
    }

    public static byte[] SmallChart() => ChartRenderer.Png(
        new ChartSpec("Klachten per maand", ChartKind.Bar, ["jan", "feb", "mrt"], [new ChartSeries("2026", [4, 7, 2])]), 400, 300);
}

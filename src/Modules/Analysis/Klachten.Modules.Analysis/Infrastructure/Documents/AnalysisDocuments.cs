using System.Globalization;
using Klachten.BuildingBlocks.Application;
using Klachten.BuildingBlocks.Documents;
using Klachten.Modules.Analysis.Application.Abstractions;
using Klachten.Modules.Analysis.Application.Figures;
using Klachten.Modules.Analysis.Contracts;
using Klachten.Modules.Classification.Contracts;

namespace Klachten.Modules.Analysis.Infrastructure.Documents;

/// <summary>
/// The yearly analysis and the period report in Dutch for the office meeting: a title page with the year and the version,
/// the key figures, every table of the figures with its chart, the trend test explained, the recommendations.
/// </summary>
internal sealed class AnalysisDocuments(IClassificationCodes codes) : IAnalysisDocuments
{
    public const string Months = AnalysisCharts.Months;
    public const string Categories = AnalysisCharts.Categories;
    public const string RootCauses = AnalysisCharts.RootCauses;
    public const string Terms = AnalysisCharts.Terms;

    private static readonly CultureInfo Dutch = DutchDates.Culture;
    private static readonly ColumnAlignment L = ColumnAlignment.Left;
    private static readonly ColumnAlignment R = ColumnAlignment.Right;

    public IReadOnlyList<string> ChartNames { get; } = [Months, Categories, RootCauses, Terms];

    public async Task<byte[]> YearPdfAsync(YearFiguresDto figures, DocumentEdition edition, IReadOnlyList<PublishedRecommendation> recommendations,
        CancellationToken cancellationToken)
    {
        var labels = await LabelsAsync(cancellationToken);
        var c = figures.Current;
        var p = figures.Previous;
        var y = figures.Year.ToString(CultureInfo.InvariantCulture);
        var py = (figures.Year - 1).ToString(CultureInfo.InvariantCulture);
        var doc = new PdfDocumentBuilder(new DocumentInfo(edition.Title, edition.Status, "Kwaliteitsmanager") { CreatedAt = edition.At })
            .TitlePage(edition.Title, edition.Status, TitleLines(c, edition, $"Vergeleken met {py}"))
            .Heading("Samenvatting")
            .Paragraph($"Deze analyse beschrijft de klachten die in {y} zijn ontvangen, naast die van {py}. Alle aantallen gaan over de " +
                "klachten die in het jaar zijn ontvangen, gevolgd tot vandaag; bij 'ontvangen, bevestigd, beslist en gesloten in het jaar' " +
                "telt wat in het jaar gebeurde, ongeacht wanneer de klacht binnenkwam. Namen van klagers komen in deze analyse niet voor.")
            .Table(KeyFigureTable(c, p, y, py));
        AddBody(doc, labels, c, p, y, py, figures);
        doc.Heading("Trend en toets")
            .Paragraph(PoissonComparison.DutchDescription)
            .Table(new DocumentTable(["", py, y, "Verschil", "p-waarde", "Groter dan toeval?"],
                [[ "Totaal", .. ChangeCells(figures.Trend.Total)],
                 .. figures.Trend.Categories.Select(ch => (IReadOnlyList<string>)[labels.Category(ch.Key), .. ChangeCells(ch)])],
                [L, R, R, R, R, L]));
        doc.Heading("Aanbevelingen");
        if (recommendations.Count == 0)
        {
            doc.Paragraph("Er zijn (nog) geen aanbevelingen vastgelegd.");
        }
        else
        {
            doc.Bullets(recommendations.Select(r => Recommendation(r, labels)).ToList());
        }

        return doc.Build();
    }

    public async Task<byte[]> PeriodPdfAsync(PeriodFiguresDto figures, DocumentEdition edition, CancellationToken cancellationToken)
    {
        var labels = await LabelsAsync(cancellationToken);
        var doc = new PdfDocumentBuilder(new DocumentInfo(edition.Title, edition.Status, "Kwaliteitsmanager") { CreatedAt = edition.At })
            .TitlePage(edition.Title, edition.Status, TitleLines(figures, edition, null))
            .Heading("Samenvatting")
            .Paragraph($"Deze rapportage beschrijft de klachten die van {DutchDates.Long(figures.From)} tot en met {DutchDates.Long(figures.To)} " +
                "zijn ontvangen, gevolgd tot vandaag. Namen van klagers komen in deze rapportage niet voor.")
            .Table(KeyFigureTable(figures, null, "Periode", null));
        AddBody(doc, labels, figures, null, "Periode", null, null);
        return doc.Build();
    }

    public async Task<byte[]> YearXlsxAsync(YearFiguresDto figures, CancellationToken cancellationToken)
    {
        var labels = await LabelsAsync(cancellationToken);
        var y = figures.Year.ToString(CultureInfo.InvariantCulture);
        var py = (figures.Year - 1).ToString(CultureInfo.InvariantCulture);
        return SpreadsheetWriter.Write([
            new SpreadsheetSheet("Kengetallen", KeyFigureTable(figures.Current, figures.Previous, y, py)),
            new SpreadsheetSheet("Per maand", MonthTable(figures.Current, figures.Previous, y, py, figures)),
            .. Sheets(labels, figures.Current),
            new SpreadsheetSheet("Trend", new DocumentTable(["", py, y, "Verschil", "p-waarde", "Groter dan toeval?"],
                [["Totaal", .. ChangeCells(figures.Trend.Total)],
                 .. figures.Trend.Months.Select(ch => (IReadOnlyList<string>)[DutchDates.MonthName(int.Parse(ch.Key, CultureInfo.InvariantCulture)), .. ChangeCells(ch)]),
                 .. figures.Trend.Categories.Select(ch => (IReadOnlyList<string>)[labels.Category(ch.Key), .. ChangeCells(ch)])])),
        ]);
    }

    public async Task<byte[]> PeriodXlsxAsync(PeriodFiguresDto figures, CancellationToken cancellationToken)
    {
        var labels = await LabelsAsync(cancellationToken);
        return SpreadsheetWriter.Write([
            new SpreadsheetSheet("Kengetallen", KeyFigureTable(figures, null, "Periode", null)),
            new SpreadsheetSheet("Per maand", MonthTable(figures, null, "Periode", null, null)),
            .. Sheets(labels, figures),
        ]);
    }

    public async Task<byte[]?> ChartPngAsync(string name, YearFiguresDto? year, PeriodFiguresDto period, CancellationToken cancellationToken) =>
        await ChartAsync(name, year, period, cancellationToken) is { } spec ? ChartRenderer.Png(spec) : null;

    public async Task<string?> ChartSvgAsync(string name, YearFiguresDto? year, PeriodFiguresDto period, CancellationToken cancellationToken) =>
        await ChartAsync(name, year, period, cancellationToken) is { } spec ? ChartRenderer.Svg(spec) : null;

    private async Task<ChartSpec?> ChartAsync(string name, YearFiguresDto? year, PeriodFiguresDto period, CancellationToken cancellationToken)
    {
        var labels = await LabelsAsync(cancellationToken);
        return name switch
        {
            Months => MonthsChart(year, period),
            Categories => CategoriesChart(labels, year, period),
            RootCauses => RootCausesChart(labels, period),
            Terms => TermsChart(period),
            _ => null,
        };
    }

    private void AddBody(PdfDocumentBuilder doc, DutchLabels labels, PeriodFiguresDto c, PeriodFiguresDto? p, string y, string? py,
        YearFiguresDto? year)
    {
        doc.Heading("Klachten per maand")
            .Table(MonthTable(c, p, y, py, year))
            .Image(ChartRenderer.Png(MonthsChart(year, c)), 0.9)
            .Heading("Klachten per categorie")
            .Paragraph($"Klachten in meer dan één categorie: {Number(c.Categories.MultiCategory)}; die tellen in elke categorie mee. " +
                $"Nog niet geclassificeerd: {Number(c.Unclassified)}.")
            .Table(CategoryTable(labels, c))
            .Image(ChartRenderer.Png(CategoriesChart(labels, year, c)), 0.9)
            .Heading("Oorzaken")
            .Paragraph("De oorzaken van hoog naar laag, met het cumulatieve aandeel (Pareto): de bovenste oorzaken verklaren de meeste klachten.")
            .Table(RootCauseTable(labels, c))
            .Image(ChartRenderer.Png(RootCausesChart(labels, c)), 0.9)
            .Heading("Klagers en kanalen")
            .Table(CountTable("Soort klager", c.ComplainantTypes))
            .Table(CountTable("Kanaal", c.Channels))
            .Heading("Beslissingen")
            .Paragraph($"Beslist (beslissing schriftelijk verzonden): {Number(c.Outcomes.Decided)}; gegrond of deels gegrond: " +
                $"{Number(c.Outcomes.Upheld)} ({Percent(c.Outcomes.ShareUpheld)}).")
            .Table(CountTable("Beslissing", c.Outcomes.Items))
            .Heading("Termijnen")
            .Table(TermTable(c))
            .Paragraph($"Tijd van ontvangst tot de schriftelijke beslissing: mediaan {Days(c.DaysToDecision.Median)}, 90e percentiel " +
                $"{Days(c.DaysToDecision.Percentile90)}, langst {Days(c.DaysToDecision.Maximum)} (over {Number(c.DaysToDecision.Count)} beslissingen).")
            .Image(ChartRenderer.Png(TermsChart(c)), 0.9)
            .Heading("Geschillencommissie")
            .Paragraph($"Voorgelegd: {Number(c.Referrals.Referred)} ({Percent(c.Referrals.ShareOfDecided)} van de beslissingen); uitspraak: " +
                $"{Number(c.Referrals.Concluded)}, waarvan {Number(c.Referrals.FoundForComplainant)} waarin de klager geheel of deels in het gelijk " +
                $"werd gesteld ({Percent(c.Referrals.ShareFoundForComplainant)}).")
            .Table(CountTable("Uitspraak", c.Referrals.Outcomes))
            .Heading("Tevredenheid en herhaalde dossiers")
            .Paragraph($"Bij het sluiten was de klager tevreden in {Number(c.Satisfaction.Satisfied)} van de {Number(c.Satisfaction.Closed)} " +
                $"gesloten klachten ({Percent(c.Satisfaction.ShareSatisfied)}). Incassodossiers met meer dan één klacht in deze periode: " +
                $"{Number(c.RepeatFiles.Files)} (samen {Number(c.RepeatFiles.Complaints)} klachten).");
        if (c.Rates is { } rates)
        {
            doc.Paragraph($"Per 1.000 incassodossiers ({Number(rates.Files)} dossiers): {Rate(rates.ReceivedPerThousandFiles)} klachten, " +
                $"{Rate(rates.UpheldPerThousandFiles)} gegrond of deels gegrond, {Rate(rates.ReferredPerThousandFiles)} voorgelegd aan de geschillencommissie.");
        }

        doc.Heading("Per incassomedewerker en per klachtenfunctionaris (intern)")
            .Paragraph("Alleen voor de kwaliteitsmanager en de directie.")
            .Table(ColleagueTable("Incassomedewerker", c.CollectionAgents))
            .Table(ColleagueTable("Klachtenfunctionaris", c.Officers));
    }

    private static IReadOnlyList<string> TitleLines(PeriodFiguresDto c, DocumentEdition edition, string? comparison)
    {
        var lines = new List<string> { $"Periode: {DutchDates.Long(c.From)} tot en met {DutchDates.Long(c.To)}" };
        if (comparison is not null)
        {
            lines.Add(comparison);
        }

        if (edition.CorrectionReason is { } reason)
        {
            lines.Add($"Correctie: {reason}");
        }

        lines.Add("Vertrouwelijk: alleen voor de kwaliteitsmanager, de directie en het kantooroverleg.");
        return lines;
    }

    private static DocumentTable KeyFigureTable(PeriodFiguresDto c, PeriodFiguresDto? p, string y, string? py)
    {
        var current = KeyFigures.Of(c);
        var previous = p is null ? null : KeyFigures.Of(p);
        return previous is null
            ? new DocumentTable(["Kengetal", y], current.Select(k => (IReadOnlyList<string>)[k.Label, k.Value]).ToList(), [L, R])
            : new DocumentTable(["Kengetal", py!, y], current.Select((k, i) => (IReadOnlyList<string>)[k.Label, previous[i].Value, k.Value]).ToList(),
                [L, R, R]);
    }

    private static DocumentTable MonthTable(PeriodFiguresDto c, PeriodFiguresDto? p, string y, string? py, YearFiguresDto? year)
    {
        if (year is not null && p is not null)
        {
            return new DocumentTable(["Maand", py!, y, "Verschil", "p-waarde", "Groter dan toeval?"],
                year.Trend.Months.Select(ch => (IReadOnlyList<string>)[DutchDates.MonthName(int.Parse(ch.Key, CultureInfo.InvariantCulture)),
                    .. ChangeCells(ch)]).ToList(),
                [L, R, R, R, R, L]);
        }

        return new DocumentTable(["Maand", "Klachten", "Ontvangst op tijd", "Op tijd beslist"],
            c.Months.Select(m => (IReadOnlyList<string>)[MonthLabel(m.Month), Number(m.Complaints), Percent(m.AcknowledgementShareInTime),
                Percent(m.SettlementShareInTime)]).ToList(),
            [L, R, R, R]);
    }

    private static IEnumerable<SpreadsheetSheet> Sheets(DutchLabels labels, PeriodFiguresDto c) =>
    [
        new("Per categorie", CategoryTable(labels, c)),
        new("Oorzaken", RootCauseTable(labels, c)),
        new("Soort klager", CountTable("Soort klager", c.ComplainantTypes)),
        new("Kanaal", CountTable("Kanaal", c.Channels)),
        new("Beslissingen", CountTable("Beslissing", c.Outcomes.Items)),
        new("Termijnen", TermTable(c)),
        new("Geschillencommissie", CountTable("Uitspraak", c.Referrals.Outcomes)),
        new("Incassomedewerkers", ColleagueTable("Incassomedewerker", c.CollectionAgents)),
        new("Klachtenfunctionarissen", ColleagueTable("Klachtenfunctionaris", c.Officers)),
    ];

    private static DocumentTable CategoryTable(DutchLabels labels, PeriodFiguresDto c) =>
        new(["Categorie", "Klachten", "Aandeel", "Gegrond of deels"],
            c.Categories.Items.Select(i => (IReadOnlyList<string>)[labels.Category(i.Code), Number(i.Complaints), Percent(i.Share), Number(i.Upheld)]).ToList(),
            [L, R, R, R]);

    private static DocumentTable RootCauseTable(DutchLabels labels, PeriodFiguresDto c) =>
        new(["Oorzaak", "Klachten", "Aandeel", "Cumulatief"],
            c.RootCauses.Select(i => (IReadOnlyList<string>)[labels.RootCause(i.Code), Number(i.Complaints), Percent(i.Share), Percent(i.CumulativeShare)])
                .ToList(),
            [L, R, R, R]);

    private static DocumentTable CountTable(string what, IReadOnlyList<CountDto> items) =>
        new([what, "Aantal", "Aandeel"],
            items.Select(i => (IReadOnlyList<string>)[DutchLabels.Value(i.Key), Number(i.Complaints), Percent(i.Share)]).ToList(), [L, R, R]);

    private static DocumentTable ColleagueTable(string who, IReadOnlyList<ColleagueDto> items) =>
        new([who, "Klachten", "Beslist", "Gegrond of deels", "Op tijd beslist"],
            items.Select(i => (IReadOnlyList<string>)[i.UserName, Number(i.Complaints), Number(i.Decided), Number(i.Upheld), Number(i.DecidedInTime)])
                .ToList(),
            [L, R, R, R, R]);

    private static DocumentTable TermTable(PeriodFiguresDto c) =>
        new(["Termijn", "Op tijd", "Te laat", "Niet gedaan, termijn verstreken", "Aandeel op tijd", "Overschrijdingen"],
            [
                ["Ontvangstbevestiging", .. TermCells(c.Terms.Acknowledgement)],
                ["Schriftelijke beslissing", .. TermCells(c.Terms.Settlement)],
                ["Verlengingen van de afhandeltermijn", Number(c.Terms.Extensions), "", "", "", ""],
            ],
            [L, R, R, R, R, R]);

    private static string[] TermCells(TermDto t) =>
        [Number(t.InTime), Number(t.Late), Number(t.NotDoneBreached), Percent(t.ShareInTime), Number(t.Breaches)];

    private static string[] ChangeCells(ChangeDto ch) =>
    [
        Number(ch.Previous), Number(ch.Current),
        (ch.Change > 0 ? "+" : "") + Number(ch.Change) + (ch.RelativeChange is { } r ? $" ({(r > 0 ? "+" : "")}{Percent(r)})" : ""),
        ch.PValue.ToString("0.000", Dutch), ch.Significant ? "ja" : "nee",
    ];

    private static ChartSpec MonthsChart(YearFiguresDto? year, PeriodFiguresDto period) =>
        year is not null
            ? new ChartSpec($"Klachten per maand, {year.Year} en {year.Year - 1}", ChartKind.GroupedBar,
                Enumerable.Range(1, 12).Select(DutchDates.AbbreviatedMonthName).ToList(),
                [new ChartSeries((year.Year - 1).ToString(CultureInfo.InvariantCulture), year.Previous.Months.Select(m => (double)m.Complaints).ToList()),
                 new ChartSeries(year.Year.ToString(CultureInfo.InvariantCulture), year.Current.Months.Select(m => (double)m.Complaints).ToList())],
                "Klachten")
            : new ChartSpec("Klachten per maand", ChartKind.Bar, period.Months.Select(m => MonthLabel(m.Month)).ToList(),
                [new ChartSeries("Klachten", period.Months.Select(m => (double)m.Complaints).ToList())], "Klachten");

    private static ChartSpec CategoriesChart(DutchLabels labels, YearFiguresDto? year, PeriodFiguresDto period)
    {
        if (year is not null)
        {
            var keys = year.Trend.Categories;
            return new ChartSpec($"Klachten per categorie, {year.Year} en {year.Year - 1}", ChartKind.GroupedBar,
                keys.Select(k => labels.CategoryShort(k.Key)).ToList(),
                [new ChartSeries((year.Year - 1).ToString(CultureInfo.InvariantCulture), keys.Select(k => (double)k.Previous).ToList()),
                 new ChartSeries(year.Year.ToString(CultureInfo.InvariantCulture), keys.Select(k => (double)k.Current).ToList())],
                "Klachten");
        }

        return new ChartSpec("Klachten per categorie", ChartKind.Bar, period.Categories.Items.Select(i => labels.CategoryShort(i.Code)).ToList(),
            [new ChartSeries("Klachten", period.Categories.Items.Select(i => (double)i.Complaints).ToList())], "Klachten");
    }

    private static ChartSpec RootCausesChart(DutchLabels labels, PeriodFiguresDto period) =>
        new("Oorzaken van klachten (Pareto)", ChartKind.Pareto, period.RootCauses.Select(r => labels.RootCause(r.Code)).ToList(),
            [new ChartSeries("Klachten", period.RootCauses.Select(r => (double)r.Complaints).ToList())], "Klachten");

    private static ChartSpec TermsChart(PeriodFiguresDto period) =>
        new("Termijnen gehaald per maand (%)", ChartKind.Line, period.Months.Select(m => MonthLabel(m.Month)).ToList(),
            [new ChartSeries("Ontvangst op tijd bevestigd", period.Months.Select(m => Math.Round((m.AcknowledgementShareInTime ?? 0) * 100, 1)).ToList()),
             new ChartSeries("Op tijd schriftelijk beslist", period.Months.Select(m => Math.Round((m.SettlementShareInTime ?? 0) * 100, 1)).ToList())],
            "Procent");

    private static string Recommendation(PublishedRecommendation r, DutchLabels labels)
    {
        var addresses = r.Categories.Select(labels.Category).Concat(r.RootCauses.Select(labels.RootCause)).ToList();
        return $"{r.Text} (voorgestelde maatregel: {DutchLabels.Value(r.SuggestedKind.ToString()).ToLower(Dutch)}" +
            (addresses.Count > 0 ? $"; betreft: {string.Join(", ", addresses).ToLower(Dutch)})" : ")");
    }

    private async Task<DutchLabels> LabelsAsync(CancellationToken cancellationToken) =>
        new(await codes.CategoriesAsync(cancellationToken), await codes.RootCausesAsync(cancellationToken));

    private static string MonthLabel(string month) =>
        $"{DutchDates.AbbreviatedMonthName(int.Parse(month[5..], CultureInfo.InvariantCulture))} {month[..4]}";

    private static string Number(long value) => KeyFigures.Number(value);

    private static string Percent(double? share) => KeyFigures.Percent(share);

    private static string Days(double? days) => days is { } d ? d.ToString("0.#", Dutch) + " dagen" : "-";

    private static string Days(int? days) => days is { } d ? d.ToString(Dutch) + " dagen" : "-";

    private static string Rate(double? rate) => rate is { } r ? r.ToString("0.0", Dutch) : "-";
}

using Klachten.Modules.Analysis.Application.Figures;
using Klachten.Modules.Analysis.Contracts;

namespace Klachten.Modules.Analysis.Application.Abstractions;

/// <summary>
/// The yearly analysis and the period report as documents in Dutch (PDF, XLSX) and their charts (PNG, SVG), on the documents
/// building block. The same input gives the same bytes, so what is frozen at publication can be compared later.
/// </summary>
internal interface IAnalysisDocuments
{
    /// <summary>The chart names, as in .../charts/{name}.png: months, categories, root-causes, terms.</summary>
    IReadOnlyList<string> ChartNames { get; }

    Task<byte[]> YearPdfAsync(YearFiguresDto figures, DocumentEdition edition, IReadOnlyList<PublishedRecommendation> recommendations,
        CancellationToken cancellationToken);

    Task<byte[]> PeriodPdfAsync(PeriodFiguresDto figures, DocumentEdition edition, CancellationToken cancellationToken);

    Task<byte[]> YearXlsxAsync(YearFiguresDto figures, CancellationToken cancellationToken);

    Task<byte[]> PeriodXlsxAsync(PeriodFiguresDto figures, CancellationToken cancellationToken);

    /// <summary>A chart of a year beside the previous one (<paramref name="year"/> given) or of a period; null for an unknown name.</summary>
    Task<byte[]?> ChartPngAsync(string name, YearFiguresDto? year, PeriodFiguresDto period, CancellationToken cancellationToken);

    Task<string?> ChartSvgAsync(string name, YearFiguresDto? year, PeriodFiguresDto period, CancellationToken cancellationToken);
}

/// <summary>What the title page says about the document: a published version, a saved report, or the live draft.</summary>
/// <param name="Title">e.g. "Jaaranalyse klachten 2026"</param>
/// <param name="Status">e.g. "Versie 2, gepubliceerd op 3 februari 2027 door qm.smit" or "Concept"</param>
/// <param name="At">the moment it stands for (publication, saving), stored in the PDF; null for a draft</param>
internal sealed record DocumentEdition(string Title, string Status, DateTimeOffset? At, string? CorrectionReason = null);

/// <summary>A file to hand out.</summary>
internal sealed record DocumentFile(byte[] Content, string ContentType, string FileName)
{
    public const string Pdf = "application/pdf";
    public const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string Png = "image/png";
    public const string Svg = "image/svg+xml";
}

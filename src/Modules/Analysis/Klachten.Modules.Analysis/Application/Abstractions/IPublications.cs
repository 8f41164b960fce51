using Klachten.Modules.Analysis.Contracts;

namespace Klachten.Modules.Analysis.Application.Abstractions;

/// <summary>Published versions of yearly analyses and saved period reports: written once, never changed (triggers refuse it).</summary>
internal interface IPublications
{
    /// <summary>Serialises publishing per year until the transaction ends, and returns the highest version so far (0 for none).</summary>
    Task<int> LockYearAsync(int year, CancellationToken cancellationToken);

    Task AddYearlyAsync(YearlyPublicationRecord publication, CancellationToken cancellationToken);

    Task<YearlyPublicationRecord?> GetYearlyAsync(int year, int version, CancellationToken cancellationToken);

    Task<IReadOnlyList<YearlyPublicationRecord>> ListYearlyAsync(int year, CancellationToken cancellationToken);

    Task AddPeriodReportAsync(PeriodReportRecord report, CancellationToken cancellationToken);

    Task<PeriodReportRecord?> GetPeriodReportAsync(Guid id, CancellationToken cancellationToken);

    Task<IReadOnlyList<PeriodReportRecord>> ListPeriodReportsAsync(CancellationToken cancellationToken);

    /// <summary>Stores a document or chart with a publication ('year', 'YYYY/version') or a saved report ('report', id).</summary>
    Task AddDocumentAsync(string ownerKind, string ownerKey, string name, string contentType, byte[] content, CancellationToken cancellationToken);

    Task<(string ContentType, byte[] Content)?> GetDocumentAsync(string ownerKind, string ownerKey, string name, CancellationToken cancellationToken);
}

/// <param name="FiguresJson">the YearFiguresDto as it was at publication</param>
internal sealed record YearlyPublicationRecord(
    int Year, int Version, DateTimeOffset PublishedAt, string PublishedBy, string? CorrectionReason, string FiguresJson,
    IReadOnlyList<PublishedRecommendation> Recommendations, IReadOnlyList<KeyFigure> KeyFigures);

/// <param name="FiguresJson">the PeriodFiguresDto as it was when saved</param>
internal sealed record PeriodReportRecord(
    Guid Id, string Title, DateOnly From, DateOnly To, DateTimeOffset SavedAt, string SavedBy, string FiguresJson, IReadOnlyList<KeyFigure> KeyFigures);

namespace Klachten.Modules.Analysis.Contracts;

/// <summary>
/// Complaint counts from Analysis's read model for other modules (PreventiveAction compares the periods before and after a
/// measure). Aggregates only: no complaint, complainant or colleague is named.
/// </summary>
public interface IComplaintStatistics
{
    Task<ComplaintCount> CountAsync(ComplaintCountRequest request, CancellationToken cancellationToken);
}

/// <summary>
/// Complaints received from <see cref="From"/> to <see cref="To"/> (Amsterdam dates, both inclusive) that fall in any of the
/// <see cref="Categories"/> or have any of the <see cref="RootCauses"/>; with both empty, every complaint of the period.
/// </summary>
public sealed record ComplaintCountRequest(DateOnly From, DateOnly To, IReadOnlyList<string> Categories, IReadOnlyList<string> RootCauses);

/// <param name="Received">complaints received in the period that match</param>
/// <param name="Upheld">of those, decided well-founded or partly well-founded</param>
public sealed record ComplaintCount(DateOnly From, DateOnly To, int Received, int Upheld);

/// <summary>What other modules (the meeting pack) may show of a published yearly analysis or a saved period report.</summary>
public interface IPublishedAnalyses
{
    /// <summary>A published version of a yearly analysis, or null when that year has no such version.</summary>
    Task<PublishedAnalysisSummary?> GetYearlyAsync(int year, int version, CancellationToken cancellationToken);

    /// <summary>A saved period report, or null when there is none with that id.</summary>
    Task<PublishedAnalysisSummary?> GetPeriodReportAsync(Guid reportId, CancellationToken cancellationToken);
}

/// <summary>The frozen summary of a publication: its key figures (Dutch labels and formatted values) and its charts as PNG.</summary>
public sealed record PublishedAnalysisSummary(
    string Title,
    DateOnly From,
    DateOnly To,
    int? Year,
    int? Version,
    DateTimeOffset PublishedAt,
    string PublishedBy,
    IReadOnlyList<KeyFigure> KeyFigures,
    IReadOnlyList<PublishedChart> Charts,
    IReadOnlyList<PublishedRecommendation> Recommendations);

public sealed record KeyFigure(string Label, string Value);

public sealed record PublishedChart(string Name, string Title, byte[] Png);

namespace Klachten.Modules.Analysis.Contracts;

/// <summary>The kind of measure a recommendation suggests (and that a preventive-action measure is).</summary>
public enum MeasureKind
{
    Preventive,
    Corrective,
    ProcedureChange,
    Training,
}

/// <summary>
/// The quality manager published version <see cref="Version"/> of the yearly analysis of <see cref="Year"/>: its figures,
/// charts and recommendations are frozen. A correction is a later version with a <see cref="CorrectionReason"/>; the
/// recommendations keep their ids across versions where they were carried over.
/// </summary>
public sealed record YearlyAnalysisPublished(
    int Year,
    int Version,
    DateTimeOffset PublishedAt,
    string PublishedBy,
    string? CorrectionReason,
    IReadOnlyList<PublishedRecommendation> Recommendations);

/// <summary>A recommendation as published: what it addresses (category and root-cause codes) and the measure it suggests.</summary>
public sealed record PublishedRecommendation(
    Guid RecommendationId,
    string Text,
    IReadOnlyList<string> Categories,
    IReadOnlyList<string> RootCauses,
    MeasureKind SuggestedKind);

/// <summary>The quality manager saved a period report for an office meeting (frozen like a yearly version).</summary>
public sealed record PeriodReportSaved(
    Guid ReportId,
    DateOnly From,
    DateOnly To,
    string Title,
    DateTimeOffset SavedAt,
    string SavedBy);

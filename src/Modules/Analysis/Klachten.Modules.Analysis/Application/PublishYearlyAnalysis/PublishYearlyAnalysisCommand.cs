using Klachten.BuildingBlocks.Application;
using Klachten.Modules.Analysis.Application.Figures;
using Klachten.Modules.Analysis.Contracts;

namespace Klachten.Modules.Analysis.Application.PublishYearlyAnalysis;

/// <summary>Freezes the year's figures and draft recommendations as the next version; a version after the first needs a reason.</summary>
internal sealed record PublishYearlyAnalysisCommand(int Year, string? CorrectionReason) : ICommand<PublishedYearDto>;

/// <summary>The year (from the route) and the body's correction reason as sent, checked by <see cref="PublishYearlyAnalysisCommandValidator"/>.</summary>
internal sealed record PublishYearlyAnalysisRequest(string? Year, string? CorrectionReason)
{
    public PublishYearlyAnalysisCommand ToCommand() =>
        new(int.Parse(Year!, System.Globalization.CultureInfo.InvariantCulture), string.IsNullOrWhiteSpace(CorrectionReason) ? null : CleanText.Normalize(CorrectionReason.Trim()));
}

internal sealed record PublishedYearDto(
    int Year, int Version, DateTimeOffset PublishedAt, string PublishedBy, string? CorrectionReason, YearFiguresDto Figures,
    IReadOnlyList<PublishedRecommendation> Recommendations, IReadOnlyList<KeyFigure> KeyFigures);

internal sealed record PublicationSummaryDto(int Year, int Version, DateTimeOffset PublishedAt, string PublishedBy, string? CorrectionReason);

using Klachten.BuildingBlocks.Application;
using Klachten.BuildingBlocks.Web;
using Klachten.Modules.Analysis.Contracts;

namespace Klachten.Modules.PreventiveAction.Application.ListRecommendations;

/// <summary>The recommendations of published yearly analyses no measure has been proposed from yet; year optional.</summary>
internal sealed record ListRecommendationsQuery(string? Year) : IQuery<IReadOnlyList<OpenRecommendationDto>>;

internal sealed record OpenRecommendationDto
{
    public Guid RecommendationId { get; init; }
    public int AnalysisYear { get; init; }
    public int AnalysisVersion { get; init; }
    public string Text { get; init; } = "";
    public string[] Categories { get; init; } = [];
    public string[] RootCauses { get; init; } = [];
    [OneOf(typeof(MeasureKind))]
    public string SuggestedKind { get; init; } = "";
    public DateTimeOffset PublishedAt { get; init; }
}

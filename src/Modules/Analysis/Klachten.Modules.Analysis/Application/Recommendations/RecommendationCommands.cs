using Klachten.BuildingBlocks.Application;
using Klachten.Modules.Analysis.Contracts;

namespace Klachten.Modules.Analysis.Application.Recommendations;

/// <summary>A recommendation on the year's draft, as sent (suggestedKind a MeasureKind name; codes of Classification's lists).</summary>
internal interface IRecommendationInput
{
    string? Year { get; }
    string? Text { get; }
    IReadOnlyList<string>? Categories { get; }
    IReadOnlyList<string>? RootCauses { get; }
    string? SuggestedKind { get; }
}

internal sealed record AddRecommendationCommand(string? Year, string? Text, IReadOnlyList<string>? Categories, IReadOnlyList<string>? RootCauses,
    string? SuggestedKind) : ICommand<RecommendationDto>, IRecommendationInput;

internal sealed record UpdateRecommendationCommand(string? Year, Guid Id, string? Text, IReadOnlyList<string>? Categories,
    IReadOnlyList<string>? RootCauses, string? SuggestedKind) : ICommand<RecommendationDto>, IRecommendationInput;

internal sealed record WithdrawRecommendationCommand(string? Year, Guid Id) : ICommand<RecommendationDto>;

internal sealed record ListRecommendationsQuery(string? Year) : IQuery<IReadOnlyList<RecommendationDto>>;

internal sealed record RecommendationDto(
    Guid Id, int Year, string Text, IReadOnlyList<string> Categories, IReadOnlyList<string> RootCauses, MeasureKind SuggestedKind,
    DateTimeOffset CreatedAt, string CreatedBy, DateTimeOffset? ChangedAt, string? ChangedBy, DateTimeOffset? WithdrawnAt, string? WithdrawnBy);

using Klachten.BuildingBlocks.Application;
using Klachten.Modules.PreventiveAction.Application.Abstractions;

namespace Klachten.Modules.PreventiveAction.Application.ProposeMeasure;

/// <summary>
/// A proposal of the quality manager: from a stored recommendation (<see cref="RecommendationId"/>: its text, kind and codes are
/// taken over unless given) or free (title and kind required).
/// </summary>
internal sealed record ProposeMeasureCommand(
    string? RecommendationId, string? Title, string? Description, string? Kind, IReadOnlyList<string>? Categories,
    IReadOnlyList<string>? RootCauses)
    : ICommand<MeasureStepResult>;

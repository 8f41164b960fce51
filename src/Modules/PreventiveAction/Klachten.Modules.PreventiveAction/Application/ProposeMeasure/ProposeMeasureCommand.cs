using Klachten.BuildingBlocks.Application;
using Klachten.BuildingBlocks.Web;
using Klachten.Modules.Analysis.Contracts;
using Klachten.Modules.PreventiveAction.Application.Abstractions;

namespace Klachten.Modules.PreventiveAction.Application.ProposeMeasure;

/// <summary>
/// A proposal of the quality manager: from a stored recommendation (<see cref="RecommendationId"/>: its text, kind and codes are
/// taken over where not given) or free (title and kind given). Null codes mean "the recommendation's".
/// </summary>
internal sealed record ProposeMeasureCommand(
    Guid? RecommendationId, string? Title, string? Description, MeasureKind? Kind, IReadOnlyList<string>? Categories,
    IReadOnlyList<string>? RootCauses)
    : ICommand<MeasureStepResult>;

/// <summary>The proposal as sent, checked by <see cref="ProposeMeasureCommandValidator"/>.</summary>
internal sealed record ProposeMeasureRequest(
    string? RecommendationId, string? Title, string? Description, [property: OneOf(typeof(MeasureKind))] string? Kind,
    IReadOnlyList<string>? Categories, IReadOnlyList<string>? RootCauses)
{
    public ProposeMeasureCommand ToCommand() =>
        new(RequestText.OptionalGuid(RecommendationId), RequestText.Optional(Title), RequestText.Optional(Description),
            EnumNames.ParseOptional<MeasureKind>(Kind), RequestText.Codes(Categories), RequestText.Codes(RootCauses));
}

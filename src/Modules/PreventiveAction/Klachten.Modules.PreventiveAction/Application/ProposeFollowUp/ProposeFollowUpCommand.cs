using Klachten.BuildingBlocks.Application;
using Klachten.BuildingBlocks.Web;
using Klachten.Modules.Analysis.Contracts;
using Klachten.Modules.PreventiveAction.Application.Abstractions;

namespace Klachten.Modules.PreventiveAction.Application.ProposeFollowUp;

/// <summary>A follow-up of a measure judged not effective; an absent title, description or kind is the original's.</summary>
internal sealed record ProposeFollowUpCommand(Guid MeasureId, string? Title, string? Description, MeasureKind? Kind)
    : ICommand<MeasureStepResult>;

/// <summary>The follow-up as sent (the body may be left out), checked by <see cref="ProposeFollowUpCommandValidator"/>.</summary>
internal sealed record FollowUpRequest(string? Title, string? Description, [property: OneOf(typeof(MeasureKind))] string? Kind)
{
    public static readonly FollowUpRequest Empty = new(null, null, null);

    public ProposeFollowUpCommand ToCommand(Guid measureId) =>
        new(measureId, RequestText.Optional(Title), RequestText.Optional(Description), EnumNames.ParseOptional<MeasureKind>(Kind));
}

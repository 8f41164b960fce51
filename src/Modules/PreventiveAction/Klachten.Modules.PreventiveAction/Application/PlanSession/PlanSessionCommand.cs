using System.ComponentModel.DataAnnotations;
using Klachten.BuildingBlocks.Application;
using Klachten.BuildingBlocks.Web;
using Klachten.Modules.PreventiveAction.Application.Abstractions;

namespace Klachten.Modules.PreventiveAction.Application.PlanSession;

/// <summary>A session of a training measure: topic, date, trainer and participants (colleagues' user names).</summary>
internal sealed record PlanSessionCommand(Guid MeasureId, string Topic, DateOnly HeldOn, string Trainer, IReadOnlyList<string> Participants)
    : ICommand<PlanSessionResult>;

internal sealed record PlanSessionResult(Guid Id, Guid MeasureId, DateOnly HeldOn, IReadOnlyList<string> Participants);

/// <summary>The session as sent, checked by <see cref="PlanSessionCommandValidator"/>.</summary>
internal sealed record SessionRequest(
    [property: Required] string? Topic, [property: Required, TextForm(TextForm.Date)] string? HeldOn, [property: Required] string? Trainer,
    [property: Required] IReadOnlyList<string>? Participants)
{
    public PlanSessionCommand ToCommand(Guid measureId) =>
        new(measureId, RequestText.Required(Topic), RequestText.Date(HeldOn), RequestText.Required(Trainer),
            RequestText.UserNames(Participants));
}

using System.ComponentModel.DataAnnotations;
using Klachten.BuildingBlocks.Application;
using Klachten.BuildingBlocks.Web;
using Klachten.Modules.PreventiveAction.Application.Abstractions;
using Klachten.Modules.PreventiveAction.Domain;

namespace Klachten.Modules.PreventiveAction.Application.ReviewEffectiveness;

internal sealed record ReviewEffectivenessCommand(Guid MeasureId, Effectiveness Effectiveness, string Notes)
    : ICommand<ReviewEffectivenessResult>;

internal sealed record ReviewEffectivenessResult(Guid Id, string Reference, [property: OneOf(typeof(MeasureStatus))] string Status,
    [property: OneOf(typeof(Effectiveness))] string Effectiveness, PeriodCountDto Before, PeriodCountDto After);

internal sealed record PeriodCountDto(DateOnly From, DateOnly To, int Received, int Upheld);

/// <summary>The judgement as sent, checked by <see cref="ReviewEffectivenessCommandValidator"/>.</summary>
internal sealed record EffectivenessReviewRequest(
    [property: Required, OneOf(typeof(Effectiveness))] string? Effectiveness, [property: Required] string? Notes)
{
    public ReviewEffectivenessCommand ToCommand(Guid measureId) =>
        new(measureId, EnumNames.Parse<Effectiveness>(Effectiveness), RequestText.Required(Notes));
}

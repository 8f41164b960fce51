using System.ComponentModel.DataAnnotations;
using Klachten.BuildingBlocks.Application;
using Klachten.Modules.PreventiveAction.Application.Abstractions;

namespace Klachten.Modules.PreventiveAction.Application.CancelMeasure;

internal sealed record CancelMeasureCommand(Guid MeasureId, string Reason) : ICommand<MeasureStepResult>;

/// <summary>The step as sent, checked by <see cref="CancelMeasureCommandValidator"/>.</summary>
internal sealed record CancellationRequest([property: Required] string? Reason)
{
    public CancelMeasureCommand ToCommand(Guid measureId) => new(measureId, RequestText.Required(Reason));
}

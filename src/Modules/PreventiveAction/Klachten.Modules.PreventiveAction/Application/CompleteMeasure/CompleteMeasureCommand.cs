using System.ComponentModel.DataAnnotations;
using Klachten.BuildingBlocks.Application;
using Klachten.Modules.PreventiveAction.Application.Abstractions;

namespace Klachten.Modules.PreventiveAction.Application.CompleteMeasure;

internal sealed record CompleteMeasureCommand(Guid MeasureId, string Result) : ICommand<MeasureStepResult>;

/// <summary>The step as sent, checked by <see cref="CompleteMeasureCommandValidator"/>.</summary>
internal sealed record CompletionRequest([property: Required] string? Result)
{
    public CompleteMeasureCommand ToCommand(Guid measureId) => new(measureId, RequestText.Required(Result));
}

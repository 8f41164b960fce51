using System.ComponentModel.DataAnnotations;
using Klachten.BuildingBlocks.Application;
using Klachten.Modules.PreventiveAction.Application.Abstractions;

namespace Klachten.Modules.PreventiveAction.Application.RecordProgress;

internal sealed record RecordProgressCommand(Guid MeasureId, string Note) : ICommand<MeasureStepResult>;

/// <summary>The step as sent, checked by <see cref="RecordProgressCommandValidator"/>.</summary>
internal sealed record ProgressRequest([property: Required] string? Note)
{
    public RecordProgressCommand ToCommand(Guid measureId) => new(measureId, RequestText.Required(Note));
}

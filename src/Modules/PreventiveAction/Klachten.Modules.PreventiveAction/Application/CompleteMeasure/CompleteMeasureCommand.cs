using Klachten.BuildingBlocks.Application;
using Klachten.Modules.PreventiveAction.Application.Abstractions;

namespace Klachten.Modules.PreventiveAction.Application.CompleteMeasure;

internal sealed record CompleteMeasureCommand(Guid MeasureId, string? Result) : ICommand<MeasureStepResult>;

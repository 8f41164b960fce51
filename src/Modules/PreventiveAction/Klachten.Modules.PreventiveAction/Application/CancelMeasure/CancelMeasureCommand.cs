using Klachten.BuildingBlocks.Application;
using Klachten.Modules.PreventiveAction.Application.Abstractions;

namespace Klachten.Modules.PreventiveAction.Application.CancelMeasure;

internal sealed record CancelMeasureCommand(Guid MeasureId, string? Reason) : ICommand<MeasureStepResult>;

using Klachten.BuildingBlocks.Application;
using Klachten.Modules.PreventiveAction.Application.Abstractions;

namespace Klachten.Modules.PreventiveAction.Application.RecordProgress;

internal sealed record RecordProgressCommand(Guid MeasureId, string? Note) : ICommand<MeasureStepResult>;

using Klachten.BuildingBlocks.Application;
using Klachten.Modules.PreventiveAction.Application.Abstractions;

namespace Klachten.Modules.PreventiveAction.Application.DecideMeasure;

internal sealed record DecideMeasureCommand(Guid MeasureId, string? Decision, string? Reasoning, int? AnalysisYear, int? AnalysisVersion,
    string? MeetingId)
    : ICommand<MeasureStepResult>;

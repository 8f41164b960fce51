using Klachten.BuildingBlocks.Application;
using Klachten.Modules.PreventiveAction.Application.Abstractions;

namespace Klachten.Modules.PreventiveAction.Application.ReviewEffectiveness;

internal sealed record ReviewEffectivenessCommand(Guid MeasureId, string? Effectiveness,
    string? Notes) : ICommand<ReviewEffectivenessResult>;

internal sealed record ReviewEffectivenessResult(Guid Id, string Reference, string Status, string Effectiveness, PeriodCountDto Before,
    PeriodCountDto After);

internal sealed record PeriodCountDto(DateOnly From, DateOnly To, int Received, int Upheld);

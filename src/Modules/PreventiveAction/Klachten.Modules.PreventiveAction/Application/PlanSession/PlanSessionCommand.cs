using Klachten.BuildingBlocks.Application;

namespace Klachten.Modules.PreventiveAction.Application.PlanSession;

/// <summary>A session of a training measure: topic, date (yyyy-MM-dd), trainer and participants (colleagues' user names).</summary>
internal sealed record PlanSessionCommand(Guid MeasureId, string? Topic, string? HeldOn, string? Trainer,
    IReadOnlyList<string>? Participants)
    : ICommand<PlanSessionResult>;

internal sealed record PlanSessionResult(Guid Id, Guid MeasureId, DateOnly HeldOn, IReadOnlyList<string> Participants);

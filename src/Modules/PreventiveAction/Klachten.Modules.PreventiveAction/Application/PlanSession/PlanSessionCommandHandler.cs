using Klachten.BuildingBlocks.Application;
using Klachten.Modules.PreventiveAction.Application.Abstractions;
using Klachten.Modules.PreventiveAction.Domain;

namespace Klachten.Modules.PreventiveAction.Application.PlanSession;

internal sealed class PlanSessionCommandHandler(
    IMeasureRepository measures, ITrainingSessionRepository sessions, ICurrentUser user, IAuditTrail audit, TimeProvider timeProvider)
    : ICommandHandler<PlanSessionCommand, PlanSessionResult>
{
    public async Task<PlanSessionResult> Handle(PlanSessionCommand command, CancellationToken cancellationToken)
    {
        // The measure's row lock orders planning against completion: a training cannot complete while a session is being added.
        var measure = await measures.GetForUpdateAsync(command.MeasureId, cancellationToken);
        MeasureAccess.EnsureOwnerOrQualityManager(user, measure);
        var now = timeProvider.GetUtcNow();
        var session = TrainingSession.Plan(Guid.CreateVersion7(now), measure, command.Topic, command.HeldOn,
            command.Trainer, command.Participants, user.UserName, now);
        await sessions.AddAsync(session, cancellationToken);
        // A read of the measure shows its sessions and attendance: a new version, so a stale If-Match is refused after it.
        await measures.SaveAsync(measure, cancellationToken);
        await audit.RecordAsync(new AuditEntry(MeasureAccess.Module, "TrainingSessionPlanned", MeasureAccess.Subject, measure.Id.ToString(),
            new { SessionId = session.Id, session.HeldOn, Participants = session.Participants.Count }), cancellationToken);
        return new PlanSessionResult(session.Id, measure.Id, session.HeldOn, session.Participants);
    }
}

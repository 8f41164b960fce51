using Klachten.BuildingBlocks.Application;
using Klachten.Modules.Analysis.Contracts;
using Klachten.Modules.PreventiveAction.Application.Abstractions;
using Klachten.Modules.PreventiveAction.Contracts;

namespace Klachten.Modules.PreventiveAction.Application.CompleteMeasure;

internal sealed class CompleteMeasureCommandHandler(
    IMeasureRepository measures, ITrainingSessionRepository sessions, ICurrentUser user, IOutbox outbox, IAuditTrail audit,
    TimeProvider timeProvider)
    : ICommandHandler<CompleteMeasureCommand, MeasureStepResult>
{
    public async Task<MeasureStepResult> Handle(CompleteMeasureCommand command, CancellationToken cancellationToken)
    {
        var measure = await measures.GetForUpdateAsync(command.MeasureId, cancellationToken);
        MeasureAccess.EnsureOwner(user, measure);
        var trainingHeld = measure.Kind == MeasureKind.Training && await sessions.AllHeldAsync(measure.Id, cancellationToken);
        var now = timeProvider.GetUtcNow();
        var completion = measure.Complete(command.Result, trainingHeld, AmsterdamDate.Of(now), user.UserName, now);
        await measures.SaveAsync(measure, cancellationToken);
        await outbox.EnqueueAsync(new MeasureCompleted(measure.Id, measure.Reference, measure.Kind.ToString(), completion.Result,
            completion.CompletedOn, measure.Plan!.ReviewOn, now, user.UserName), cancellationToken);
        await audit.RecordAsync(new AuditEntry(MeasureAccess.Module, "MeasureCompleted", MeasureAccess.Subject, measure.Id.ToString(),
            new { measure.Reference, completion.CompletedOn }), cancellationToken);
        return MeasureStepResult.Of(measure);
    }
}

using Klachten.BuildingBlocks.Application;
using Klachten.Modules.PreventiveAction.Application.Abstractions;

namespace Klachten.Modules.PreventiveAction.Application.StartMeasure;

internal sealed class StartMeasureCommandHandler(IMeasureRepository measures, ICurrentUser user, IAuditTrail audit,
    TimeProvider timeProvider)
    : ICommandHandler<StartMeasureCommand, MeasureStepResult>
{
    public async Task<MeasureStepResult> Handle(StartMeasureCommand command, CancellationToken cancellationToken)
    {
        var measure = await measures.GetForUpdateAsync(command.MeasureId, cancellationToken);
        var now = timeProvider.GetUtcNow();
        var plan = measure.Start(command.Owner, command.DueOn, command.ReviewOn, AmsterdamDate.Of(now), user.UserName, now);
        await measures.SaveAsync(measure, cancellationToken);
        await audit.RecordAsync(new AuditEntry(MeasureAccess.Module, "MeasureStarted", MeasureAccess.Subject, measure.Id.ToString(),
            new { measure.Reference, plan.Owner, plan.DueOn, plan.ReviewOn }), cancellationToken);
        return MeasureStepResult.Of(measure);
    }
}

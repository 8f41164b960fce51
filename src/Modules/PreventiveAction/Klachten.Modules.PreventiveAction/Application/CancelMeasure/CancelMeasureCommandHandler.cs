using Klachten.BuildingBlocks.Application;
using Klachten.Modules.PreventiveAction.Application.Abstractions;

namespace Klachten.Modules.PreventiveAction.Application.CancelMeasure;

internal sealed class CancelMeasureCommandHandler(IMeasureRepository measures, ICurrentUser user, IAuditTrail audit,
    TimeProvider timeProvider)
    : ICommandHandler<CancelMeasureCommand, MeasureStepResult>
{
    public async Task<MeasureStepResult> Handle(CancelMeasureCommand command, CancellationToken cancellationToken)
    {
        var measure = await measures.GetForUpdateAsync(command.MeasureId, cancellationToken);
        measure.Cancel(command.Reason, user.UserName, timeProvider.GetUtcNow());
        await measures.SaveAsync(measure, cancellationToken);
        await audit.RecordAsync(new AuditEntry(MeasureAccess.Module, "MeasureCancelled", MeasureAccess.Subject, measure.Id.ToString(),
            new { measure.Reference }), cancellationToken);
        return MeasureStepResult.Of(measure);
    }
}

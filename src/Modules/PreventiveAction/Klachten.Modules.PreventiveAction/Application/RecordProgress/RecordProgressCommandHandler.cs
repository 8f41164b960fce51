using Klachten.BuildingBlocks.Application;
using Klachten.Modules.PreventiveAction.Application.Abstractions;

namespace Klachten.Modules.PreventiveAction.Application.RecordProgress;

/// <summary>The owner appends a progress note; notes are never changed or removed.</summary>
internal sealed class RecordProgressCommandHandler(IMeasureRepository measures, ICurrentUser user, IAuditTrail audit,
    TimeProvider timeProvider)
    : ICommandHandler<RecordProgressCommand, MeasureStepResult>
{
    public async Task<MeasureStepResult> Handle(RecordProgressCommand command, CancellationToken cancellationToken)
    {
        var measure = await measures.GetForUpdateAsync(command.MeasureId, cancellationToken);
        MeasureAccess.EnsureOwner(user, measure);
        measure.RecordProgress(command.Note, user.UserName, timeProvider.GetUtcNow());
        await measures.SaveAsync(measure, cancellationToken);
        await audit.RecordAsync(new AuditEntry(MeasureAccess.Module, "MeasureProgressNoted", MeasureAccess.Subject, measure.Id.ToString(),
            new { measure.Reference }), cancellationToken);
        return MeasureStepResult.Of(measure);
    }
}

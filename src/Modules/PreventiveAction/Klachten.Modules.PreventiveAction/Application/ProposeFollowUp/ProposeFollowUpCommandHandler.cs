using Klachten.BuildingBlocks.Application;
using Klachten.Modules.PreventiveAction.Application.Abstractions;

namespace Klachten.Modules.PreventiveAction.Application.ProposeFollowUp;

internal sealed class ProposeFollowUpCommandHandler(IMeasureRepository measures, ICurrentUser user, IAuditTrail audit,
    TimeProvider timeProvider)
    : ICommandHandler<ProposeFollowUpCommand, MeasureStepResult>
{
    public async Task<MeasureStepResult> Handle(ProposeFollowUpCommand command, CancellationToken cancellationToken)
    {
        var original = await measures.GetForUpdateAsync(command.MeasureId, cancellationToken);
        var now = timeProvider.GetUtcNow();
        // A refused follow-up rolls back and gives the number back: references stay gap-free.
        var reference = await measures.NextReferenceAsync(AmsterdamDate.Of(now).Year, cancellationToken);
        var followUp = original.ProposeFollowUp(Guid.CreateVersion7(now), reference, command.Title, command.Description,
            command.Kind, user.UserName, now);
        await measures.AddAsync(followUp, cancellationToken);
        await measures.SaveAsync(original, cancellationToken);
        await audit.RecordAsync(new AuditEntry(MeasureAccess.Module, "MeasureProposed", MeasureAccess.Subject, followUp.Id.ToString(),
            new { followUp.Reference, FollowUpOf = original.Reference }), cancellationToken);
        return MeasureStepResult.Of(followUp);
    }
}

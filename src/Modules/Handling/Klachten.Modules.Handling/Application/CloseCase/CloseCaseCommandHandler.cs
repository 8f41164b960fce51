using Klachten.BuildingBlocks.Application;
using Klachten.Modules.Handling.Application.Abstractions;
using Contracts = Klachten.Modules.Handling.Contracts;

namespace Klachten.Modules.Handling.Application.CloseCase;

internal sealed class CloseCaseCommandHandler(
    IHandlingCaseRepository cases, ICurrentUser user, IOutbox outbox, IAuditTrail audit, TimeProvider timeProvider)
    : ICommandHandler<CloseCaseCommand, CaseStepResult>
{
    public async Task<CaseStepResult> Handle(CloseCaseCommand command, CancellationToken cancellationToken)
    {
        var handlingCase = await cases.GetForUpdateAsync(command.ComplaintId, cancellationToken);
        CaseAccess.EnsureMayAct(user, handlingCase, CaseStep.Close);
        var closure = handlingCase.Close(command.ComplainantSatisfied, user.UserName, timeProvider.GetUtcNow());
        await cases.SaveAsync(handlingCase, cancellationToken);
        var referral = handlingCase.Referral;
        await outbox.EnqueueAsync(new Contracts.ComplaintClosed(handlingCase.ComplaintId, handlingCase.Reference, closure.ClosedAt,
            closure.ClosedBy, closure.ComplainantSatisfied,
            EnumNames.SameName<Contracts.DecisionOutcome>(handlingCase.Decision!.Outcome), handlingCase.DecisionLetter!.InTime,
            referral is not null,
            referral?.Outcome is { } outcome ? EnumNames.SameName<Contracts.ReferralOutcome>(outcome) : null), cancellationToken);
        await audit.RecordAsync(new AuditEntry(CaseAccess.Module, "CaseClosed", CaseAccess.Subject, handlingCase.ComplaintId.ToString(),
            new { closure.ComplainantSatisfied }), cancellationToken);
        return CaseStepResult.Of(handlingCase);
    }
}

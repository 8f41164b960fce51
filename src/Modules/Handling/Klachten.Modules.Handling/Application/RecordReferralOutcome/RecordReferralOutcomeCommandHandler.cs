using Klachten.BuildingBlocks.Application;
using Klachten.Modules.Handling.Application.Abstractions;
using Klachten.Modules.Handling.Domain;
using Contracts = Klachten.Modules.Handling.Contracts;

namespace Klachten.Modules.Handling.Application.RecordReferralOutcome;

internal sealed class RecordReferralOutcomeCommandHandler(
    IHandlingCaseRepository cases, ICurrentUser user, IOutbox outbox, IAuditTrail audit, TimeProvider timeProvider)
    : ICommandHandler<RecordReferralOutcomeCommand, CaseStepResult>
{
    public async Task<CaseStepResult> Handle(RecordReferralOutcomeCommand command, CancellationToken cancellationToken)
    {
        var handlingCase = await cases.GetForUpdateAsync(command.ComplaintId, cancellationToken);
        CaseAccess.EnsureMayAct(user, handlingCase, CaseStep.RecordReferralOutcome);
        var referral = handlingCase.ConcludeReferral(command.Outcome, command.DecidedOn, user.UserName,
            timeProvider.GetUtcNow());
        await cases.SaveAsync(handlingCase, cancellationToken);
        await outbox.EnqueueAsync(new Contracts.ReferralConcluded(handlingCase.ComplaintId, handlingCase.Reference, referral.Body,
            EnumNames.SameName<Contracts.ReferralOutcome>(referral.Outcome!.Value), referral.SubmittedOn, referral.DecidedOn!.Value),
            cancellationToken);
        await audit.RecordAsync(new AuditEntry(CaseAccess.Module, "ReferralConcluded", CaseAccess.Subject, handlingCase.ComplaintId.ToString(),
            new { referral.Outcome, referral.DecidedOn }), cancellationToken);
        return CaseStepResult.Of(handlingCase);
    }
}

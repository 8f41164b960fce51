using Klachten.BuildingBlocks.Application;
using Klachten.Modules.Handling.Application.Abstractions;
using Klachten.Modules.Handling.Contracts;
using Microsoft.Extensions.Options;

namespace Klachten.Modules.Handling.Application.RecordReferral;

internal sealed class RecordReferralCommandHandler(
    IHandlingCaseRepository cases, ICurrentUser user, IOutbox outbox, IAuditTrail audit, TimeProvider timeProvider,
    IOptions<HandlingOptions> options)
    : ICommandHandler<RecordReferralCommand, CaseStepResult>
{
    public async Task<CaseStepResult> Handle(RecordReferralCommand command, CancellationToken cancellationToken)
    {
        var handlingCase = await cases.GetForUpdateAsync(command.ComplaintId, cancellationToken);
        CaseAccess.EnsureMayAct(user, handlingCase, CaseStep.Refer);
        var body = command.Body ?? options.Value.DisputesCommittee.Name;
        var referral = handlingCase.Refer(command.SubmittedOn, body, command.CaseNumber, user.UserName, timeProvider.GetUtcNow());
        await cases.SaveAsync(handlingCase, cancellationToken);
        await outbox.EnqueueAsync(new ComplaintReferred(handlingCase.ComplaintId, handlingCase.Reference, referral.Body, referral.CaseNumber,
            referral.SubmittedOn, referral.RecordedAt), cancellationToken);
        await audit.RecordAsync(new AuditEntry(CaseAccess.Module, "ComplaintReferred", CaseAccess.Subject, handlingCase.ComplaintId.ToString(),
            new { referral.Body, referral.CaseNumber, referral.SubmittedOn }), cancellationToken);
        return CaseStepResult.Of(handlingCase);
    }
}

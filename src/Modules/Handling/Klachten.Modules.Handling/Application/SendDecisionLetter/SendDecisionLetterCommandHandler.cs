using Klachten.BuildingBlocks.Application;
using Klachten.BuildingBlocks.Domain;
using Klachten.Modules.Handling.Application.Abstractions;
using Klachten.Modules.Handling.Domain;
using Klachten.Modules.Intake.Contracts;
using Contracts = Klachten.Modules.Handling.Contracts;

namespace Klachten.Modules.Handling.Application.SendDecisionLetter;

internal sealed class SendDecisionLetterCommandHandler(
    IHandlingCaseRepository cases, IComplaintDirectory directory, ILetterTemplates letters, ICorrespondenceRepository correspondence,
    ICorrespondenceDispatch dispatch, IUnitOfWork unitOfWork, ICurrentUser user, IOutbox outbox, IAuditTrail audit,
    TimeProvider timeProvider)
    : ICommandHandler<SendDecisionLetterCommand, DecisionLetterResult>
{
    public async Task<DecisionLetterResult> Handle(SendDecisionLetterCommand command, CancellationToken cancellationToken)
    {
        var handlingCase = await cases.GetForUpdateAsync(command.ComplaintId, cancellationToken);
        CaseAccess.EnsureMayAct(user, handlingCase, CaseStep.SendDecisionLetter);
        var channel = command.Channel;
        var now = timeProvider.GetUtcNow();
        var today = AmsterdamDate.Of(now);
        var sent = handlingCase.RecordDecisionLetterSent(channel, now, today, user.UserName);

        var contact = await directory.GetContactAsync(handlingCase.ComplaintId, cancellationToken)
            ?? throw new NotFoundException("Complaint", handlingCase.ComplaintId);
        LetterRoutes.EnsureReachable(channel == CorrespondenceChannel.Email, !string.IsNullOrWhiteSpace(contact.Email), contact.Address is not null,
            "decision letter");

        var decision = handlingCase.Decision!;
        var letter = letters.DecisionLetter(contact, decision, handlingCase.Extension, handlingCase.Officer!, today);
        await cases.SaveAsync(handlingCase, cancellationToken);
        var correspondenceId = await correspondence.RecordAsync(
            Correspondence.To(contact, handlingCase.ComplaintId, CorrespondenceKind.DecisionLetter, channel, letter), cancellationToken);
        if (channel == CorrespondenceChannel.Email)
        {
            unitOfWork.AfterCommit(_ => dispatch.DeliverNowAsync([correspondenceId]));
        }

        await outbox.EnqueueAsync(new Contracts.ComplaintDecided(handlingCase.ComplaintId, handlingCase.Reference,
            EnumNames.SameName<Contracts.DecisionOutcome>(decision.Outcome), handlingCase.Officer!, decision.DecidedAt, decision.DecidedBy,
            sent.SentAt, sent.SentOn, handlingCase.ReceivedOn, handlingCase.DueOn, handlingCase.Extension is not null, sent.InTime),
            cancellationToken);
        await audit.RecordAsync(new AuditEntry(CaseAccess.Module, "DecisionLetterSent", CaseAccess.Subject, handlingCase.ComplaintId.ToString(),
            new { Channel = channel.ToString(), CorrespondenceId = correspondenceId, sent.InTime }), cancellationToken);
        return new DecisionLetterResult(handlingCase.ComplaintId, handlingCase.Status, correspondenceId, channel.ToString(), sent.SentAt,
            sent.SentBy, sent.InTime);
    }
}

using Klachten.BuildingBlocks.Application;
using Klachten.BuildingBlocks.Domain;
using Klachten.Modules.Handling.Application.Abstractions;
using Klachten.Modules.Handling.Contracts;
using Klachten.Modules.Handling.Domain;
using Klachten.Modules.Intake.Contracts;
using Microsoft.Extensions.Options;

namespace Klachten.Modules.Handling.Application.ExtendTerm;

/// <summary>
/// Extends the term once and informs the complainant in writing: by e-mail when Intake has an address, else by post
/// (LetterRoutes.ByEmail, the rule CaseActions offers the step by).
/// </summary>
internal sealed class ExtendTermCommandHandler(
    IHandlingCaseRepository cases, IComplaintDirectory directory, ILetterTemplates letters, ICorrespondenceRepository correspondence,
    ICorrespondenceDispatch dispatch, IUnitOfWork unitOfWork, ICurrentUser user, IOutbox outbox, IAuditTrail audit,
    TimeProvider timeProvider, IOptions<HandlingOptions> options)
    : ICommandHandler<ExtendTermCommand, ExtendTermResult>
{
    public async Task<ExtendTermResult> Handle(ExtendTermCommand command, CancellationToken cancellationToken)
    {
        var handlingCase = await cases.GetForUpdateAsync(command.ComplaintId, cancellationToken);
        CaseAccess.EnsureMayAct(user, handlingCase, CaseStep.Extend);
        var now = timeProvider.GetUtcNow();
        var today = AmsterdamDate.Of(now);
        var extension = handlingCase.Extend(command.NewDueOn, command.Reason, today, user.UserName, now,
            options.Value.MaxExtensionDays, command.MessageToComplainant);

        var contact = await directory.GetContactAsync(handlingCase.ComplaintId, cancellationToken)
            ?? throw new NotFoundException("Complaint", handlingCase.ComplaintId);
        var channel = LetterRoutes.ByEmail(!string.IsNullOrWhiteSpace(contact.Email), contact.Address is not null, "extension notice")
            ? CorrespondenceChannel.Email
            : CorrespondenceChannel.Letter;
        var letter = letters.ExtensionNotice(contact, extension, handlingCase.Officer!, today);

        await cases.SaveAsync(handlingCase, cancellationToken);
        var noticeId = await correspondence.RecordAsync(Correspondence.To(contact, handlingCase.ComplaintId, CorrespondenceKind.ExtensionNotice,
            channel, letter), cancellationToken);
        if (channel == CorrespondenceChannel.Email)
        {
            unitOfWork.AfterCommit(_ => dispatch.DeliverNowAsync([noticeId]));
        }

        await outbox.EnqueueAsync(new SettlementTermExtended(handlingCase.ComplaintId, handlingCase.Reference, extension.PreviousDueOn,
            extension.NewDueOn, extension.Reason, extension.ExtendedAt, extension.ExtendedBy), cancellationToken);
        await audit.RecordAsync(new AuditEntry(CaseAccess.Module, "TermExtended", CaseAccess.Subject, handlingCase.ComplaintId.ToString(),
            new { extension.PreviousDueOn, extension.NewDueOn, NoticeId = noticeId }), cancellationToken);
        return new ExtendTermResult(handlingCase.ComplaintId, extension.PreviousDueOn, extension.NewDueOn, noticeId, channel.ToString());
    }
}

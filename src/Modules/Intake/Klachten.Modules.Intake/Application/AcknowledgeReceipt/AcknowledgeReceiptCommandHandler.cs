using Klachten.BuildingBlocks.Application;
using Klachten.Modules.Intake.Application.Abstractions;
using Klachten.Modules.Intake.Contracts;
using Klachten.Modules.Intake.Domain;

namespace Klachten.Modules.Intake.Application.AcknowledgeReceipt;

internal sealed class AcknowledgeReceiptCommandHandler(
    IComplaintRepository complaints,
    ICorrespondenceRepository correspondence,
    ILetterTemplates letters,
    ICorrespondenceDispatch dispatch,
    IUnitOfWork unitOfWork,
    IOutbox outbox,
    IAuditTrail audit,
    ICurrentUser currentUser,
    TimeProvider timeProvider) : ICommandHandler<AcknowledgeReceiptCommand, AcknowledgementDto>
{
    public async Task<AcknowledgementDto> Handle(AcknowledgeReceiptCommand command, CancellationToken cancellationToken)
    {
        var complaint = await complaints.GetForAcknowledgementAsync(command.ComplaintId, cancellationToken)
            ?? throw new NotFoundException("Complaint", command.ComplaintId);
        if (!ComplaintAccess.MayAcknowledge(currentUser, complaint.HandlingOfficer))
        {
            throw new ForbiddenException("Only the quality manager or the complaints officer handling the complaint sends its acknowledgement.");
        }

        var channel = command.Channel;
        Acknowledgement.EnsureCanSend(complaint.AcknowledgedAt, channel, complaint.ComplainantEmail is not null, complaint.HasPostalAddress);

        var now = timeProvider.GetUtcNow();
        var letter = letters.Render(CorrespondenceKind.Acknowledgement, complaint.ToLetterData() with { Signatory = currentUser.UserName });
        var byHand = channel == AcknowledgementChannel.Letter;
        var correspondenceId = await correspondence.SendAcknowledgementAsync(complaint.Id, new CorrespondenceRecord(
            Guid.CreateVersion7(now), complaint.Id, CorrespondenceKind.Acknowledgement,
            byHand ? CorrespondenceChannel.Letter : CorrespondenceChannel.Email,
            complaint.ComplainantName,
            byHand ? complaint.PostalAddressLine : complaint.ComplainantEmail,
            byHand ? CorrespondenceStatus.Printed : CorrespondenceStatus.Pending,
            letter.Subject, letter.Body, now,
            byHand ? now : null, currentUser.UserName), cancellationToken);

        if (!byHand)
        {
            // A failure stays Pending (visible in .../correspondence) and the sweep retries it.
            unitOfWork.AfterCommit(_ => dispatch.DeliverNowAsync([correspondenceId]));
        }

        await complaints.MarkAcknowledgedAsync(complaint, now, currentUser.UserName, channel, cancellationToken);
        var inTime = Acknowledgement.IsInTime(now, complaint.AcknowledgementDueOn);
        await audit.RecordAsync(new AuditEntry(IntakeContracts.ModuleName, "ReceiptAcknowledged", "Complaint", complaint.Id.ToString(),
            new { channel = channel.ToString(), inTime, correspondenceId }), cancellationToken);
        await outbox.EnqueueAsync(new ReceiptAcknowledged(complaint.Id, complaint.Reference, now, currentUser.UserName, inTime), cancellationToken);

        return new AcknowledgementDto(complaint.Id, complaint.Reference, correspondenceId, channel.ToString(), now, currentUser.UserName, inTime);
    }
}

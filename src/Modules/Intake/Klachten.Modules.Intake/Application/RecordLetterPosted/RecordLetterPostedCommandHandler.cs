using Klachten.BuildingBlocks.Application;
using Klachten.BuildingBlocks.Domain;
using Klachten.Modules.Intake.Application.Abstractions;
using Klachten.Modules.Intake.Contracts;

namespace Klachten.Modules.Intake.Application.RecordLetterPosted;

internal sealed class RecordLetterPostedCommandHandler(
    IComplaintRepository complaints, ICorrespondenceRepository correspondence, IAuditTrail audit, ICurrentUser currentUser,
    TimeProvider timeProvider) : ICommandHandler<RecordLetterPostedCommand, LetterPostedDto>
{
    public async Task<LetterPostedDto> Handle(RecordLetterPostedCommand command, CancellationToken cancellationToken)
    {
        var complaint = await complaints.GetForAcknowledgementAsync(command.ComplaintId, cancellationToken)
            ?? throw new NotFoundException("Complaint", command.ComplaintId);
        if (!ComplaintAccess.MaySeeDetails(currentUser, complaint.RegisteredBy, complaint.HandlingOfficer))
        {
            throw new ForbiddenException("Only the quality manager, the handling complaints officer and the registering employee post a complaint's letters.");
        }

        var letter = await correspondence.GetForPostingAsync(command.ComplaintId, command.LetterId, cancellationToken)
            ?? throw new NotFoundException("Letter", command.LetterId);
        PostedLetters.EnsureMayPost(letter.Channel, letter.Status);

        var now = timeProvider.GetUtcNow();
        await correspondence.MarkPostedAsync(letter.Id, now, currentUser.UserName, cancellationToken);
        await audit.RecordAsync(new AuditEntry(IntakeContracts.ModuleName, "LetterPosted", "Complaint", complaint.Id.ToString(),
            new { letterId = letter.Id, kind = letter.Kind }), cancellationToken);
        return new LetterPostedDto(complaint.Id, letter.Id, PostedLetters.Posted, now, currentUser.UserName);
    }
}

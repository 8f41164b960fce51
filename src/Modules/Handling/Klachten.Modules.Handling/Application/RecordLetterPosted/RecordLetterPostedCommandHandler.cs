using Klachten.BuildingBlocks.Application;
using Klachten.BuildingBlocks.Domain;
using Klachten.Modules.Handling.Application.Abstractions;

namespace Klachten.Modules.Handling.Application.RecordLetterPosted;

internal sealed class RecordLetterPostedCommandHandler(
    IHandlingCaseRepository cases, ICorrespondenceRepository correspondence, IAuditTrail audit, ICurrentUser user, TimeProvider timeProvider)
    : ICommandHandler<RecordLetterPostedCommand, LetterPostedDto>
{
    public async Task<LetterPostedDto> Handle(RecordLetterPostedCommand command, CancellationToken cancellationToken)
    {
        var handlingCase = await cases.GetForUpdateAsync(command.ComplaintId, cancellationToken);
        if (!CaseAccess.MayRead(user, handlingCase.Officer))
        {
            throw new ForbiddenException($"Handling case {command.ComplaintId} is not assigned to you.");
        }

        var letter = await correspondence.GetForPostingAsync(command.ComplaintId, command.LetterId, cancellationToken)
            ?? throw new NotFoundException("Letter", command.LetterId);
        PostedLetters.EnsureMayPost(letter.Channel, letter.Status);

        var now = timeProvider.GetUtcNow();
        await correspondence.MarkPostedAsync(letter.Id, now, user.UserName, cancellationToken);
        // The case's read shows its letters (postedAt, postedBy): the case takes a new version, answered as the ETag (ADR 0018).
        await cases.SaveAsync(handlingCase, cancellationToken);
        await audit.RecordAsync(new AuditEntry(CaseAccess.Module, "LetterPosted", CaseAccess.Subject, command.ComplaintId.ToString(),
            new { letterId = letter.Id, kind = letter.Kind }), cancellationToken);
        return new LetterPostedDto(command.ComplaintId, letter.Id, PostedLetters.Posted, now, user.UserName);
    }
}

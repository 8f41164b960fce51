using Klachten.BuildingBlocks.Application;
using Klachten.BuildingBlocks.Application.Correspondence;
using Klachten.BuildingBlocks.Domain;
using Klachten.Modules.Handling.Application.Abstractions;
using Klachten.Modules.Handling.Domain;
using Klachten.Modules.Intake.Contracts;

namespace Klachten.Modules.Handling.Application.PreviewDecisionLetter;

/// <summary>
/// Renders the decision letter exactly as <c>POST .../decision-letter</c> would now (the recorded decision, an extension if
/// there was one, signed by the handling officer, dated today) and refuses what sending would refuse: not_decided,
/// decision_letter_already_sent, case_closed, no_email_address / no_postal_address. It writes nothing but the audit record of
/// reading the complainant's data, which Intake's directory makes with the reader (ComplainantContactRead); a refused preview
/// is audited here.
/// </summary>
internal sealed class PreviewDecisionLetterQueryHandler(
    IHandlingCaseRepository cases, IComplaintDirectory directory, ILetterTemplates letters, ILetterPrinter printer, ICurrentUser user,
    IAuditTrail audit, TimeProvider timeProvider) : IQueryHandler<PreviewDecisionLetterQuery, LetterPreview>
{
    public async Task<LetterPreview> Handle(PreviewDecisionLetterQuery query, CancellationToken cancellationToken)
    {
        var handlingCase = await cases.FindAsync(query.ComplaintId, cancellationToken) ?? throw new NotFoundException("Handling case", query.ComplaintId);
        if (!CaseAccess.MayRead(user, handlingCase.Officer))
        {
            await audit.RecordAsync(new AuditEntry(CaseAccess.Module, "DecisionLetterPreviewRefused", CaseAccess.Subject, query.ComplaintId.ToString()),
                cancellationToken);
            throw new ForbiddenException($"Handling case {query.ComplaintId} is not assigned to you.");
        }

        handlingCase.EnsureDecisionLetterMayGo();
        var contact = await directory.GetContactAsync(handlingCase.ComplaintId, cancellationToken)
            ?? throw new NotFoundException("Complaint", handlingCase.ComplaintId);
        var hasEmail = !string.IsNullOrWhiteSpace(contact.Email);
        var channel = EnumNames.ParseOptional<CorrespondenceChannel>(query.Channel)
            ?? (hasEmail ? CorrespondenceChannel.Email : CorrespondenceChannel.Letter);
        LetterRoutes.EnsureReachable(channel == CorrespondenceChannel.Email, hasEmail, contact.Address is not null, "decision letter");

        var today = AmsterdamDate.Of(timeProvider.GetUtcNow());
        var letter = letters.DecisionLetter(contact, handlingCase.Decision!, handlingCase.Extension, handlingCase.Officer!, today);
        var outgoing = Correspondence.To(contact, handlingCase.ComplaintId, CorrespondenceKind.DecisionLetter, channel, letter);
        var recipient = channel == CorrespondenceChannel.Email ? outgoing.RecipientEmail : outgoing.RecipientAddress;
        var printed = HandlingLetters.ToPrint(nameof(CorrespondenceKind.DecisionLetter), handlingCase.Reference, outgoing.RecipientName, recipient,
            today, letter.Subject, letter.Body);
        var preview = new LetterPreviewDto(printed.Kind, channel.ToString(), printed.AddressLines, recipient, today, handlingCase.Reference,
            letter.Subject, letter.Body);
        return new LetterPreview(preview, EnumNames.ParseOptional<LetterFormat>(query.Format) == LetterFormat.Pdf ? printer.Print(printed) : null);
    }
}

using Dapper;
using Klachten.BuildingBlocks.Application;
using Klachten.BuildingBlocks.Application.Correspondence;
using Klachten.BuildingBlocks.Calendar;
using Klachten.Modules.Intake.Application.Abstractions;
using Klachten.Modules.Intake.Contracts;
using Klachten.Modules.Intake.Domain;
using Npgsql;

namespace Klachten.Modules.Intake.Application.PreviewAcknowledgement;

/// <summary>
/// Renders the acknowledgement exactly as <c>POST .../acknowledgement</c> would (signed by the officer asking, dated today) and
/// refuses what sending would refuse (already acknowledged, no address for the channel). Only the read is recorded (audit).
/// </summary>
internal sealed class PreviewAcknowledgementQueryHandler(
    NpgsqlDataSource dataSource, ICurrentUser currentUser, IAuditTrail audit, ILetterTemplates letters, ILetterPrinter printer,
    TimeProvider timeProvider) : IQueryHandler<PreviewAcknowledgementQuery, LetterPreview>
{
    public async Task<LetterPreview> Handle(PreviewAcknowledgementQuery query, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var complaint = await connection.QuerySingleOrDefaultAsync<ComplaintForAcknowledgement>(
            new CommandDefinition(IntakeLetters.ComplaintSql, new { query.ComplaintId }, cancellationToken: cancellationToken))
            ?? throw new NotFoundException("Complaint", query.ComplaintId);
        if (!ComplaintAccess.MayAcknowledge(currentUser, complaint.HandlingOfficer))
        {
            await audit.RecordAsync(new AuditEntry(IntakeContracts.ModuleName, "AcknowledgementPreviewRefused", "Complaint", complaint.Id.ToString()),
                cancellationToken);
            throw new ForbiddenException("Only the quality manager or the complaints officer handling the complaint previews its acknowledgement.");
        }

        var channel = EnumNames.ParseOptional<AcknowledgementChannel>(query.Channel)
            ?? Acknowledgement.ProposedChannel(complaint.ComplainantEmail is not null);
        Acknowledgement.EnsureCanSend(complaint.AcknowledgedAt, channel, complaint.ComplainantEmail is not null, complaint.HasPostalAddress);

        var kind = nameof(CorrespondenceKind.Acknowledgement);
        var letter = letters.Render(CorrespondenceKind.Acknowledgement, complaint.ToLetterData() with { Signatory = currentUser.UserName });
        var recipient = channel == AcknowledgementChannel.Letter ? complaint.PostalAddressLine : complaint.ComplainantEmail;
        var addressLines = complaint.AddressLines(kind, complaint.ComplainantName, recipient);
        var date = AmsterdamTime.LocalDate(timeProvider.GetUtcNow());
        await audit.RecordAsync(new AuditEntry(IntakeContracts.ModuleName, "AcknowledgementPreviewed", "Complaint", complaint.Id.ToString(),
            new { channel = channel.ToString() }), cancellationToken);

        var preview = new LetterPreviewDto(kind, channel.ToString(), addressLines, recipient, date, complaint.Reference, letter.Subject, letter.Body);
        var pdf = EnumNames.ParseOptional<LetterFormat>(query.Format) == LetterFormat.Pdf
            ? printer.Print(IntakeLetters.ToPrint(kind, complaint.Reference, addressLines, date, letter))
            : null;
        return new LetterPreview(preview, pdf);
    }
}

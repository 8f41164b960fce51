using Dapper;
using Klachten.BuildingBlocks.Application;
using Klachten.BuildingBlocks.Application.Correspondence;
using Klachten.BuildingBlocks.Calendar;
using Klachten.Modules.Intake.Application.Abstractions;
using Klachten.Modules.Intake.Contracts;
using Npgsql;

namespace Klachten.Modules.Intake.Application.GetLetterPdf;

/// <summary>
/// The letter as printed, for whoever may read the complaint; audited like the correspondence. The date is the day it was
/// sent (or printed); a letter not sent yet bears today's date, as it would go now.
/// </summary>
internal sealed class GetLetterPdfQueryHandler(
    NpgsqlDataSource dataSource, ICurrentUser currentUser, IAuditTrail audit, ILetterTemplates letters, ILetterPrinter printer,
    TimeProvider timeProvider) : IQueryHandler<GetLetterPdfQuery, LetterPdfFile>
{
    private const string LetterSql = """
        SELECT id, kind, channel, status, recipient_name, recipient_address, subject, body, sent_at
        FROM intake.correspondence
        WHERE id = @LetterId AND complaint_id = @ComplaintId
        """;

    public async Task<LetterPdfFile> Handle(GetLetterPdfQuery query, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var complaint = await connection.QuerySingleOrDefaultAsync<ComplaintForAcknowledgement>(
            new CommandDefinition(IntakeLetters.ComplaintSql, new { query.ComplaintId }, cancellationToken: cancellationToken))
            ?? throw new NotFoundException("Complaint", query.ComplaintId);
        if (!ComplaintAccess.MaySeeDetails(currentUser, complaint.RegisteredBy, complaint.HandlingOfficer))
        {
            await audit.RecordAsync(new AuditEntry(IntakeContracts.ModuleName, "LetterPdfReadRefused", "Complaint", complaint.Id.ToString(),
                new { letterId = query.LetterId }), cancellationToken);
            throw new ForbiddenException("Only the quality manager, management, the handling complaints officer and the registering employee read a complaint's letters.");
        }

        var letter = await connection.QuerySingleOrDefaultAsync<StoredLetter>(
            new CommandDefinition(LetterSql, new { query.ComplaintId, query.LetterId }, cancellationToken: cancellationToken))
            ?? throw new NotFoundException("Letter", query.LetterId);
        var text = letter.Body is not null
            ? new RenderedLetter(letter.Subject ?? string.Empty, letter.Body)
            : letters.TryRender(letter.Kind, complaint.ToLetterData())
              ?? throw new NotFoundException($"Letter template '{letter.Kind}'", query.LetterId);

        await audit.RecordAsync(new AuditEntry(IntakeContracts.ModuleName, "LetterPdfRead", "Complaint", complaint.Id.ToString(),
            new { letterId = letter.Id }), cancellationToken);
        var date = AmsterdamTime.LocalDate(letter.SentAt ?? timeProvider.GetUtcNow());
        return printer.Print(IntakeLetters.ToPrint(letter.Kind, complaint.Reference,
            complaint.AddressLines(letter.Kind, letter.RecipientName, letter.RecipientAddress), date, text));
    }
}

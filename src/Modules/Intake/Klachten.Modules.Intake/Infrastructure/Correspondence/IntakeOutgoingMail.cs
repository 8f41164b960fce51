using Dapper;
using Klachten.BuildingBlocks.Application;
using Klachten.BuildingBlocks.Application.Correspondence;
using Klachten.BuildingBlocks.Calendar;
using Klachten.BuildingBlocks.Infrastructure.Mail;
using Klachten.Modules.Intake.Application.Abstractions;
using Klachten.Modules.Intake.Domain;
using Npgsql;

namespace Klachten.Modules.Intake.Infrastructure.Correspondence;

/// <summary>
/// Intake's correspondence table for <see cref="OutgoingMailDelivery{TStore}"/>. A letter drafted without a text (the
/// acknowledgement) is rendered when it is claimed, so it names the handling officer known at that moment; the text sent is
/// stored with the outcome.
/// </summary>
internal sealed class IntakeOutgoingMail(ILetterTemplates letters, ILetterPrinter printer, TimeProvider timeProvider) : IOutgoingMailStore
{
    private const string DueSql = """
        SELECT id FROM intake.correspondence
        WHERE status = 'Pending' AND (next_attempt_at IS NULL OR next_attempt_at <= @Now)
        ORDER BY created_at
        LIMIT @Limit
        """;

    private const string ClaimSql = """
        SELECT c.id, c.kind, c.recipient_name, c.recipient_address, c.subject, c.body, c.attempts,
               k.reference, k.complainant_name, k.received_on, k.acknowledgement_due_on, k.settlement_due_on, k.file_number,
               k.registered_by, k.handling_officer, k.complainant_salutation, k.contact_person_name, k.contact_person_salutation,
               k.address_street, k.address_postal_code, k.address_city
        FROM intake.correspondence c JOIN intake.complaints k ON k.id = c.complaint_id
        WHERE c.id = @Id AND c.status = 'Pending'
        FOR UPDATE OF c SKIP LOCKED
        """;

    private const string SentSql = """
        UPDATE intake.correspondence
        SET status = 'Sent', sent_at = @SentAt, sent_by = COALESCE(sent_by, 'system'), subject = @Subject, body = @Body,
            attempts = attempts + 1, last_error = NULL, next_attempt_at = NULL
        WHERE id = @Id
        """;

    private const string FailedSql = """
        UPDATE intake.correspondence
        SET attempts = attempts + 1, last_error = @Error, next_attempt_at = @NextAttemptAt,
            subject = COALESCE(NULLIF(@Subject, ''), subject), body = COALESCE(NULLIF(@Body, ''), body)
        WHERE id = @Id
        """;

    private sealed record PendingRow(
        Guid Id, string Kind, string? RecipientName, string? RecipientAddress, string? Subject, string? Body, int Attempts,
        string Reference, string ComplainantName, DateOnly ReceivedOn, DateOnly AcknowledgementDueOn, DateOnly SettlementDueOn,
        string? FileNumber, string RegisteredBy, string? HandlingOfficer, string? ComplainantSalutation, string? ContactPersonName,
        string? ContactPersonSalutation, string? AddressStreet, string? AddressPostalCode, string? AddressCity)
    {
        public Addressee Complainant => Addressees.FromStored(ComplainantName, ComplainantSalutation, ContactPersonName, ContactPersonSalutation);
    }

    public async Task<IReadOnlyList<Guid>> ListDueAsync(NpgsqlConnection connection, DateTimeOffset now, int limit, CancellationToken cancellationToken) =>
        (await connection.QueryAsync<Guid>(new CommandDefinition(DueSql, new { Now = now, Limit = limit }, cancellationToken: cancellationToken))).ToList();

    public async Task<OutgoingMail?> ClaimAsync(NpgsqlTransaction transaction, Guid id, CancellationToken cancellationToken)
    {
        var row = await transaction.Connection!.QuerySingleOrDefaultAsync<PendingRow>(new CommandDefinition(ClaimSql, new { Id = id }, transaction,
            cancellationToken: cancellationToken));
        if (row is null)
        {
            return null;
        }

        if (row.Body is not null)
        {
            return WithPdf(row, new RenderedLetter(row.Subject ?? string.Empty, row.Body));
        }

        var letter = letters.TryRender(row.Kind, new LetterData(row.Reference, row.Complainant, row.ReceivedOn, row.AcknowledgementDueOn,
            row.SettlementDueOn, row.FileNumber, row.RegisteredBy, row.HandlingOfficer));
        if (letter is null)
        {
            // It stays pending and visible, and does not hold up the letters after it.
            return new OutgoingMail(row.Id, row.Kind, row.Attempts, row.RecipientAddress, row.RecipientName, string.Empty, string.Empty)
            {
                ComposeError = $"No letter template for correspondence kind '{row.Kind}'.",
            };
        }

        return WithPdf(row, letter);
    }

    /// <summary>The e-mail with the same letter printed as PDF, dated today: the day it is sent.</summary>
    private OutgoingMail WithPdf(PendingRow row, RenderedLetter letter)
    {
        var addressLines = IntakeLetters.AddressLines(row.Kind, row.Complainant, row.AddressStreet, row.AddressPostalCode, row.AddressCity,
            row.RecipientName, row.RecipientAddress);
        var pdf = printer.Print(IntakeLetters.ToPrint(row.Kind, row.Reference, addressLines, AmsterdamTime.LocalDate(timeProvider.GetUtcNow()), letter));
        return new OutgoingMail(row.Id, row.Kind, row.Attempts, row.RecipientAddress, row.RecipientName, letter.Subject, letter.Body)
        {
            Attachments = [new EmailAttachment(pdf.FileName, pdf.ContentType, pdf.Content)],
        };
    }

    public Task MarkSentAsync(NpgsqlTransaction transaction, OutgoingMail mail, DateTimeOffset sentAt, CancellationToken cancellationToken) =>
        transaction.Connection!.ExecuteAsync(new CommandDefinition(SentSql, new { mail.Id, SentAt = sentAt, mail.Subject, mail.Body }, transaction,
            cancellationToken: cancellationToken));

    public Task MarkFailedAsync(NpgsqlTransaction transaction, OutgoingMail mail, string error, DateTimeOffset nextAttemptAt,
        CancellationToken cancellationToken) =>
        transaction.Connection!.ExecuteAsync(new CommandDefinition(FailedSql,
            new { mail.Id, Error = error, NextAttemptAt = nextAttemptAt, mail.Subject, mail.Body }, transaction, cancellationToken: cancellationToken));
}

using Dapper;
using Klachten.BuildingBlocks.Application.Correspondence;
using Klachten.BuildingBlocks.Infrastructure.Mail;
using Klachten.Modules.Handling.Application.Abstractions;
using Klachten.Modules.Handling.Domain;
using Npgsql;

namespace Klachten.Modules.Handling.Infrastructure.Correspondence;

/// <summary>
/// Handling's correspondence table for <see cref="OutgoingMailDelivery{TStore}"/>: its letters are stored with their text, and go
/// with the same letter printed as PDF.
/// </summary>
internal sealed class HandlingOutgoingMail(ILetterPrinter printer) : IOutgoingMailStore
{
    private const string DueSql = """
        SELECT id FROM handling.correspondence
        WHERE status = 'Pending' AND next_attempt_at <= @Now
        ORDER BY created_at
        LIMIT @Limit
        """;

    private const string ClaimSql = """
        SELECT c.id, c.kind, c.attempts, c.recipient_email, c.recipient_name, c.subject, c.body, c.created_at, k.reference
        FROM handling.correspondence c JOIN handling.cases k ON k.complaint_id = c.complaint_id
        WHERE c.id = @Id AND c.status = 'Pending'
        FOR UPDATE OF c SKIP LOCKED
        """;

    private const string SentSql = """
        UPDATE handling.correspondence SET status = 'Sent', sent_at = @SentAt, attempts = attempts + 1, last_error = NULL, next_attempt_at = NULL
        WHERE id = @Id
        """;

    private const string FailedSql = """
        UPDATE handling.correspondence SET attempts = attempts + 1, last_error = @Error, next_attempt_at = @NextAttemptAt
        WHERE id = @Id
        """;

    public async Task<IReadOnlyList<Guid>> ListDueAsync(NpgsqlConnection connection, DateTimeOffset now, int limit, CancellationToken cancellationToken) =>
        (await connection.QueryAsync<Guid>(new CommandDefinition(DueSql, new { Now = now, Limit = limit }, cancellationToken: cancellationToken))).ToList();

    private sealed record PendingRow(Guid Id, string Kind, int Attempts, string? RecipientEmail, string? RecipientName, string Subject, string Body,
        DateTimeOffset CreatedAt, string Reference);

    public async Task<OutgoingMail?> ClaimAsync(NpgsqlTransaction transaction, Guid id, CancellationToken cancellationToken)
    {
        var row = await transaction.Connection!.QuerySingleOrDefaultAsync<PendingRow>(new CommandDefinition(ClaimSql, new { Id = id }, transaction,
            cancellationToken: cancellationToken));
        if (row is null)
        {
            return null;
        }

        var pdf = printer.Print(HandlingLetters.ToPrint(row.Kind, row.Reference, row.RecipientName, row.RecipientEmail, AmsterdamDate.Of(row.CreatedAt),
            row.Subject, row.Body));
        return new OutgoingMail(row.Id, row.Kind, row.Attempts, row.RecipientEmail, row.RecipientName, row.Subject, row.Body)
        {
            Attachments = [new EmailAttachment(pdf.FileName, pdf.ContentType, pdf.Content)],
        };
    }

    public Task MarkSentAsync(NpgsqlTransaction transaction, OutgoingMail mail, DateTimeOffset sentAt, CancellationToken cancellationToken) =>
        transaction.Connection!.ExecuteAsync(new CommandDefinition(SentSql, new { mail.Id, SentAt = sentAt }, transaction,
            cancellationToken: cancellationToken));

    public Task MarkFailedAsync(NpgsqlTransaction transaction, OutgoingMail mail, string error, DateTimeOffset nextAttemptAt,
        CancellationToken cancellationToken) =>
        transaction.Connection!.ExecuteAsync(new CommandDefinition(FailedSql, new { mail.Id, Error = error, NextAttemptAt = nextAttemptAt }, transaction,
            cancellationToken: cancellationToken));
}

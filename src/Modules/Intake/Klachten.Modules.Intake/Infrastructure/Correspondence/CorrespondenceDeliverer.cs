using Dapper;
using Klachten.BuildingBlocks.Infrastructure.Mail;
using Klachten.Modules.Intake.Application.Common;
using Klachten.Modules.Intake.Domain;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Klachten.Modules.Intake.Infrastructure.Correspondence;

/// <summary>
/// Sends pending e-mail correspondence, one row at a time under a row lock (SKIP LOCKED: two hosts never send the same
/// row at once). A failure stays Pending with attempts, last_error and a backed-off next attempt; nothing is dropped.
/// Delivery is at least once: a crash between sending and recording sends that one message again.
/// </summary>
internal sealed class CorrespondenceDeliverer(
    NpgsqlDataSource dataSource,
    IEmailSender emailSender,
    ILetterTemplates letters,
    TimeProvider timeProvider,
    ILogger<CorrespondenceDeliverer> logger)
{
    public const int BatchSize = 100;

    private const string DueSql = """
        SELECT id FROM intake.correspondence
        WHERE status = 'Pending' AND (next_attempt_at IS NULL OR next_attempt_at <= @Now)
        ORDER BY created_at
        LIMIT @BatchSize
        """;

    private const string LockSql = """
        SELECT c.id, c.kind, c.recipient_name, c.recipient_address, c.subject, c.body, c.attempts,
               k.reference, k.complainant_name, k.received_on, k.acknowledgement_due_on, k.settlement_due_on, k.file_number,
               k.registered_by, k.handling_officer
        FROM intake.correspondence c JOIN intake.complaints k ON k.id = c.complaint_id
        WHERE c.id = @Id AND c.status = 'Pending'
        FOR UPDATE OF c SKIP LOCKED
        """;

    private const string SentSql = """
        UPDATE intake.correspondence
        SET status = 'Sent', sent_at = @Now, sent_by = COALESCE(sent_by, 'system'), subject = @Subject, body = @Body,
            attempts = attempts + 1, last_error = NULL, next_attempt_at = NULL
        WHERE id = @Id
        """;

    private const string FailedSql = """
        UPDATE intake.correspondence
        SET attempts = attempts + 1, last_error = @Error, next_attempt_at = @NextAttemptAt, subject = @Subject, body = @Body
        WHERE id = @Id
        """;

    private sealed record PendingRow(
        Guid Id, string Kind, string? RecipientName, string? RecipientAddress, string? Subject, string? Body, int Attempts,
        string Reference, string ComplainantName, DateOnly ReceivedOn, DateOnly AcknowledgementDueOn, DateOnly SettlementDueOn,
        string? FileNumber, string RegisteredBy, string? HandlingOfficer);

    /// <summary>Everything due (the recurring sweep). Returns how many were sent.</summary>
    public async Task<int> DeliverDueAsync(CancellationToken cancellationToken)
    {
        List<Guid> due;
        await using (var connection = await dataSource.OpenConnectionAsync(cancellationToken))
        {
            due = (await connection.QueryAsync<Guid>(new CommandDefinition(DueSql, new { Now = timeProvider.GetUtcNow(), BatchSize },
                cancellationToken: cancellationToken))).ToList();
        }

        return await DeliverAsync(due, cancellationToken);
    }

    /// <summary>The given rows, when still pending (just committed by a command). Returns how many were sent.</summary>
    public async Task<int> DeliverAsync(IEnumerable<Guid> ids, CancellationToken cancellationToken)
    {
        var sent = 0;
        foreach (var id in ids)
        {
            if (await DeliverOneAsync(id, cancellationToken))
            {
                sent++;
            }
        }

        return sent;
    }

    private async Task<bool> DeliverOneAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<PendingRow>(new CommandDefinition(LockSql, new { Id = id }, transaction,
            cancellationToken: cancellationToken));
        if (row is null)
        {
            return false; // sent already, or another host is sending it right now
        }

        var letter = row.Body is not null
            ? new RenderedLetter(row.Subject ?? string.Empty, row.Body)
            : letters.Render(Enum.Parse<CorrespondenceKind>(row.Kind), new LetterData(row.Reference, row.ComplainantName, row.ReceivedOn,
                row.AcknowledgementDueOn, row.SettlementDueOn, row.FileNumber, row.RegisteredBy, row.HandlingOfficer));
        var sent = false;
        try
        {
            if (string.IsNullOrWhiteSpace(row.RecipientAddress))
            {
                throw new InvalidOperationException("The correspondence has no recipient address.");
            }

            await emailSender.SendAsync(new EmailMessage(row.RecipientAddress, row.RecipientName, letter.Subject, letter.Body), cancellationToken);
            sent = true;
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            var backoff = TimeSpan.FromSeconds(Math.Min(3600, 30 * Math.Pow(2, Math.Min(row.Attempts, 10))));
            logger.LogWarning(exception, "Sending correspondence {CorrespondenceId} ({Kind}) failed, attempt {Attempt}; retry in {Backoff}",
                row.Id, row.Kind, row.Attempts + 1, backoff);
            await connection.ExecuteAsync(new CommandDefinition(FailedSql, new
            {
                row.Id,
                Error = $"{exception.GetType().Name}: {exception.Message}",
                NextAttemptAt = timeProvider.GetUtcNow() + backoff,
                letter.Subject,
                letter.Body,
            }, transaction, cancellationToken: cancellationToken));
        }

        if (sent)
        {
            await connection.ExecuteAsync(new CommandDefinition(SentSql, new { row.Id, Now = timeProvider.GetUtcNow(), letter.Subject, letter.Body },
                transaction, cancellationToken: CancellationToken.None));
        }

        await transaction.CommitAsync(CancellationToken.None);
        return sent;
    }
}

using Dapper;
using Klachten.BuildingBlocks.Infrastructure.Mail;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Klachten.Modules.Handling.Infrastructure.Correspondence;

/// <summary>
/// E-mails pending correspondence, each row in its own short transaction under a row lock (FOR UPDATE SKIP LOCKED), so a
/// request delivering its own letter right after commit and the sweep on any host never send one row twice at the same
/// time, no lock is held while other letters are sent, and a crash re-sends at most the one letter it was sending. A
/// failure stays visible (attempts, last_error) and is retried with a growing delay.
/// </summary>
internal sealed class CorrespondenceDelivery(
    NpgsqlDataSource dataSource, IEmailSender emailSender, TimeProvider timeProvider, ILogger<CorrespondenceDelivery> logger)
{
    private const string DueSql = """
        SELECT id FROM handling.correspondence
        WHERE status = 'Pending' AND (@Ids::uuid[] IS NULL OR id = ANY(@Ids)) AND (@Ids::uuid[] IS NOT NULL OR next_attempt_at <= @Now)
        ORDER BY created_at
        LIMIT @BatchSize
        """;

    private const string ClaimSql = """
        SELECT id, recipient_email, recipient_name, subject, body, attempts
        FROM handling.correspondence
        WHERE id = @Id AND status = 'Pending'
        FOR UPDATE SKIP LOCKED
        """;

    private const string MarkSentSql = """
        UPDATE handling.correspondence SET status = 'Sent', sent_at = @Now, attempts = attempts + 1, last_error = NULL, next_attempt_at = NULL
        WHERE id = @Id
        """;

    private const string MarkFailedSql = """
        UPDATE handling.correspondence
        SET attempts = attempts + 1, last_error = @Error,
            next_attempt_at = @Now + make_interval(secs => least(3600, 30 * power(2, attempts)))
        WHERE id = @Id
        """;

    private sealed record PendingRow(Guid Id, string? RecipientEmail, string? RecipientName, string Subject, string Body, int Attempts);

    /// <summary>Sends the given rows now (after the command that wrote them committed), or every row due when <paramref name="ids"/> is null.</summary>
    public async Task<int> DeliverAsync(IReadOnlyCollection<Guid>? ids, CancellationToken cancellationToken, int batchSize = 50)
    {
        List<Guid> due;
        await using (var connection = await dataSource.OpenConnectionAsync(cancellationToken))
        {
            due = (await connection.QueryAsync<Guid>(new CommandDefinition(DueSql,
                new { Ids = ids?.ToArray(), Now = timeProvider.GetUtcNow(), BatchSize = batchSize }, cancellationToken: cancellationToken))).ToList();
        }

        var sent = 0;
        foreach (var id in due)
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
        var row = await connection.QuerySingleOrDefaultAsync<PendingRow>(new CommandDefinition(ClaimSql, new { Id = id }, transaction,
            cancellationToken: cancellationToken));
        if (row is null)
        {
            return false; // sent already, or another host is sending it right now
        }

        var sent = false;
        try
        {
            if (string.IsNullOrWhiteSpace(row.RecipientEmail))
            {
                throw new InvalidOperationException("The correspondence has no e-mail address.");
            }

            await emailSender.SendAsync(new EmailMessage(row.RecipientEmail, row.RecipientName, row.Subject, row.Body), cancellationToken);
            sent = true;
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(exception, "Sending correspondence {CorrespondenceId} failed (attempt {Attempt}); it will be retried",
                row.Id, row.Attempts + 1);
            await connection.ExecuteAsync(new CommandDefinition(MarkFailedSql, new { row.Id, Now = timeProvider.GetUtcNow(), Error = exception.Message },
                transaction, cancellationToken: cancellationToken));
        }

        if (sent)
        {
            await connection.ExecuteAsync(new CommandDefinition(MarkSentSql, new { row.Id, Now = timeProvider.GetUtcNow() },
                transaction, cancellationToken: CancellationToken.None));
        }

        await transaction.CommitAsync(CancellationToken.None);
        return sent;
    }
}

using Dapper;
using Klachten.BuildingBlocks.Infrastructure.Mail;
using Npgsql;

namespace Klachten.Modules.PreventiveAction.Infrastructure.Correspondence;

/// <summary>
/// PreventiveAction's correspondence table for <see cref="OutgoingMailDelivery{TStore}"/>: e-mails are stored with their text.
/// </summary>
internal sealed class PreventiveActionOutgoingMail : IOutgoingMailStore
{
    private const string DueSql = """
        SELECT id FROM preventive_action.correspondence
        WHERE status = 'Pending' AND next_attempt_at <= @Now
        ORDER BY created_at
        LIMIT @Limit
        """;

    private const string ClaimSql = """
        SELECT id, kind, attempts, recipient_email AS recipient_address, recipient_name, subject, body
        FROM preventive_action.correspondence
        WHERE id = @Id AND status = 'Pending'
        FOR UPDATE SKIP LOCKED
        """;

    private const string SentSql = """
        UPDATE preventive_action.correspondence
        SET status = 'Sent', sent_at = @SentAt, attempts = attempts + 1, last_error = NULL, next_attempt_at = NULL
        WHERE id = @Id
        """;

    private const string FailedSql = """
        UPDATE preventive_action.correspondence SET attempts = attempts + 1, last_error = @Error, next_attempt_at = @NextAttemptAt
        WHERE id = @Id
        """;

    public async Task<IReadOnlyList<Guid>> ListDueAsync(NpgsqlConnection connection, DateTimeOffset now, int limit,
        CancellationToken cancellationToken) =>
        (await connection.QueryAsync<Guid>(new CommandDefinition(DueSql, new { Now = now, Limit = limit },
            cancellationToken: cancellationToken))).ToList();

    public Task<OutgoingMail?> ClaimAsync(NpgsqlTransaction transaction, Guid id, CancellationToken cancellationToken) =>
        transaction.Connection!.QuerySingleOrDefaultAsync<OutgoingMail>(new CommandDefinition(ClaimSql, new { Id = id }, transaction,
            cancellationToken: cancellationToken));

    public Task MarkSentAsync(NpgsqlTransaction transaction, OutgoingMail mail, DateTimeOffset sentAt,
        CancellationToken cancellationToken) =>
        transaction.Connection!.ExecuteAsync(new CommandDefinition(SentSql, new { mail.Id, SentAt = sentAt }, transaction,
            cancellationToken: cancellationToken));

    public Task MarkFailedAsync(NpgsqlTransaction transaction, OutgoingMail mail, string error, DateTimeOffset nextAttemptAt,
        CancellationToken cancellationToken) =>
        transaction.Connection!.ExecuteAsync(new CommandDefinition(FailedSql, new { mail.Id, Error = error, NextAttemptAt = nextAttemptAt },
            transaction, cancellationToken: cancellationToken));
}

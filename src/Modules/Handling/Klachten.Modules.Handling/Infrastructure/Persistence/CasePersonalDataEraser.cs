using Dapper;
using Klachten.BuildingBlocks.Application;
using Klachten.BuildingBlocks.Infrastructure.Data;
using Klachten.Modules.Handling.Application.Abstractions;

namespace Klachten.Modules.Handling.Infrastructure.Persistence;

/// <summary>Handling's part of the retention sweep (ADR 0011): the free texts about the complainant, and its letters.</summary>
internal sealed class CasePersonalDataEraser(IDbSession session) : IPersonalDataEraser
{
    // SKIP LOCKED: two hosts sweeping at once take different cases; version + 1: a step loaded before this sees a conflict.
    private const string AnonymiseSql = """
        WITH due AS (
            SELECT complaint_id FROM handling.cases
            WHERE closed_at IS NOT NULL AND anonymised_at IS NULL AND closed_at < @ClosedBefore
            ORDER BY closed_at
            LIMIT @Limit
            FOR UPDATE SKIP LOCKED
        ), contacts AS (
            UPDATE handling.contacts t SET summary = @Removed, next_step = NULL FROM due WHERE t.complaint_id = due.complaint_id
        ), letters AS (
            UPDATE handling.correspondence l SET recipient_name = NULL, recipient_email = NULL, recipient_address = NULL, body = @Removed
            FROM due WHERE l.complaint_id = due.complaint_id
        )
        UPDATE handling.cases c
        SET extension_reason = CASE WHEN extension_reason IS NULL THEN NULL ELSE @Removed END,
            extension_message_to_complainant = CASE WHEN extension_message_to_complainant IS NULL THEN NULL ELSE @Removed END,
            decision_reasoning = CASE WHEN decision_reasoning IS NULL THEN NULL ELSE @Removed END,
            decision_remedy = CASE WHEN decision_remedy IS NULL THEN NULL ELSE @Removed END,
            anonymised_at = @Now, version = version + 1
        FROM due WHERE c.complaint_id = due.complaint_id
        RETURNING c.complaint_id
        """;

    public string Module => CaseAccess.Module;

    public async Task<IReadOnlyList<Guid>> AnonymiseClosedBeforeAsync(DateTimeOffset closedBefore, DateTimeOffset now, int limit,
        CancellationToken cancellationToken) =>
        (await session.Connection.QueryAsync<Guid>(new CommandDefinition(AnonymiseSql,
            new { ClosedBefore = closedBefore, Now = now, Limit = limit, Removed = PersonalDataOptions.RemovedText },
            session.Transaction, cancellationToken: cancellationToken))).ToList();
}

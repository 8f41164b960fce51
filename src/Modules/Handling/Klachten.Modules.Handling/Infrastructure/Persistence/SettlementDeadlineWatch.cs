using Dapper;
using Klachten.BuildingBlocks.Infrastructure.Data;
using Klachten.Modules.Handling.Application.Abstractions;

namespace Klachten.Modules.Handling.Infrastructure.Persistence;

/// <summary>
/// Idempotent and safe on several hosts: each UPDATE claims a case only while its marker is unset, and a concurrent
/// sweep's UPDATE waits for the row lock and then finds the marker set (0 rows).
/// </summary>
internal sealed class SettlementDeadlineWatch(IDbSession session) : ISettlementDeadlineWatch
{
    private const string ClaimRemindersSql = """
        UPDATE handling.cases SET reminded_for_due_on = due_on
        WHERE letter_sent_at IS NULL AND due_on >= @Today AND due_on <= @RemindUpTo
          AND reminded_for_due_on IS DISTINCT FROM due_on
        RETURNING complaint_id, reference, officer, due_on
        """;

    private const string ClaimBreachesSql = """
        UPDATE handling.cases SET breach_recorded_at = @RecordedAt, version = version + 1
        WHERE breach_recorded_at IS NULL AND letter_sent_at IS NULL AND due_on < @Today
        RETURNING complaint_id, reference, officer, due_on
        """;

    public async Task<IReadOnlyList<DeadlineCase>> ClaimRemindersAsync(DateOnly today, DateOnly remindUpTo, CancellationToken cancellationToken) =>
        (await session.Connection.QueryAsync<Row>(new CommandDefinition(ClaimRemindersSql, new { Today = today, RemindUpTo = remindUpTo },
            session.Transaction, cancellationToken: cancellationToken))).Select(r => r.ToCase()).ToList();

    public async Task<IReadOnlyList<DeadlineCase>> ClaimBreachesAsync(DateOnly today, DateTimeOffset recordedAt, CancellationToken cancellationToken) =>
        (await session.Connection.QueryAsync<Row>(new CommandDefinition(ClaimBreachesSql, new { Today = today, RecordedAt = recordedAt },
            session.Transaction, cancellationToken: cancellationToken))).Select(r => r.ToCase()).ToList();

    private sealed class Row
    {
        public Guid ComplaintId { get; init; }
        public string Reference { get; init; } = "";
        public string? Officer { get; init; }
        public DateOnly DueOn { get; init; }

        public DeadlineCase ToCase() => new(ComplaintId, Reference, Officer, DueOn);
    }
}

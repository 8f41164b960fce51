using Dapper;
using Klachten.BuildingBlocks.Application;
using Klachten.Modules.Classification.Contracts;
using Npgsql;

namespace Klachten.Modules.Classification.Infrastructure.Persistence;

/// <summary>
/// Classification's history for projections (ADR 0014): the ComplaintClassified of each classified complaint's current
/// version (the event carries the complete classification, so the latest version is all a receiver needs).
/// </summary>
internal sealed class ClassificationEventHistory(NpgsqlDataSource dataSource) : IIntegrationEventHistory
{
    private const string PageSql = """
        SELECT c.complaint_id, c.reference, c.categories, c.root_cause, c.root_cause_note, c.last_changed_at, c.last_changed_by,
               c.version, h.reason
        FROM classification.complaints c
        LEFT JOIN classification.classification_history h ON h.complaint_id = c.complaint_id AND h.version = c.version
        WHERE c.version > 0 AND (@After::uuid IS NULL OR c.complaint_id > @After::uuid)
        ORDER BY c.complaint_id
        LIMIT @Limit
        """;

    private sealed class Row
    {
        public Guid ComplaintId { get; init; }
        public string Reference { get; init; } = "";
        public string[] Categories { get; init; } = [];
        public string? RootCause { get; init; }
        public string? RootCauseNote { get; init; }
        public DateTimeOffset? LastChangedAt { get; init; }
        public string? LastChangedBy { get; init; }
        public int Version { get; init; }
        public string? Reason { get; init; }
    }

    public string Module => ClassificationContracts.ModuleName;

    public async Task<IntegrationEventHistoryPage> ReadAsync(Guid? after, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var rows = (await connection.QueryAsync<Row>(new CommandDefinition(PageSql, new { After = after, Limit = limit },
            cancellationToken: cancellationToken))).ToList();
        var events = rows.Select(r => (object)new ComplaintClassified(r.ComplaintId, r.Reference, r.Categories, r.RootCause, r.RootCauseNote,
            r.LastChangedAt ?? default, r.LastChangedBy ?? "", r.Version, r.Version > 1, r.Reason)).ToList();
        return new IntegrationEventHistoryPage(events, rows.Count < limit ? null : rows[^1].ComplaintId);
    }
}

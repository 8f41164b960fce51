using Dapper;
using Klachten.Modules.Handling.Contracts;
using Klachten.Modules.Handling.Domain;
using Npgsql;

namespace Klachten.Modules.Handling.Infrastructure.Persistence;

/// <summary>The dashboard's Handling counts over the open cases the viewer may list (the visibility of ListCases).</summary>
internal sealed class HandlingCountsReader(NpgsqlDataSource dataSource) : IHandlingCounts
{
    private const string Visible = """
        status <> 'Closed'
        AND (@Viewer::text IS NULL OR lower(officer) = lower(@Viewer)
             OR (officer IS NULL AND (collection_agent IS NULL OR lower(collection_agent) <> lower(@Viewer))))
        """;

    private const string Sql = $"""
        SELECT status, count(*)::int AS count FROM handling.cases WHERE {Visible} GROUP BY status;
        SELECT count(*) FILTER (WHERE letter_sent_at IS NULL AND due_on BETWEEN @Today AND @WeekEndsOn)::int AS settlement_due_this_week,
               count(*) FILTER (WHERE letter_sent_at IS NULL AND due_on < @Today)::int AS settlement_overdue,
               count(*) FILTER (WHERE lower(officer) = lower(@AssignedTo))::int AS assigned_to_user,
               count(*) FILTER (WHERE officer IS NULL)::int AS unassigned
        FROM handling.cases WHERE {Visible};
        """;

    private sealed record Totals(int SettlementDueThisWeek, int SettlementOverdue, int AssignedToUser, int Unassigned);

    public async Task<HandlingCounts> CountAsync(HandlingCountRequest request, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var results = await connection.QueryMultipleAsync(new CommandDefinition(Sql, request, cancellationToken: cancellationToken));
        var perStatus = (await results.ReadAsync<CaseStatusCount>()).ToDictionary(c => c.Status, c => c.Count, StringComparer.Ordinal);
        var totals = await results.ReadSingleAsync<Totals>();
        return new HandlingCounts(
            [.. Enum.GetValues<CaseStatus>().Where(s => s != CaseStatus.Closed)
                .Select(s => new CaseStatusCount(s.ToString(), perStatus.GetValueOrDefault(s.ToString())))],
            totals.SettlementDueThisWeek, totals.SettlementOverdue, totals.AssignedToUser, totals.Unassigned);
    }
}

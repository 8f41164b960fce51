using Dapper;
using Klachten.BuildingBlocks.Infrastructure.Data;
using Klachten.Modules.PreventiveAction.Application.Abstractions;
using Klachten.Modules.PreventiveAction.Application.GetMeasure;

namespace Klachten.Modules.PreventiveAction.Infrastructure.Persistence;

/// <summary>Reads over the partial indexes on due and review dates; which notification is new decides its unique key.</summary>
internal sealed class DeadlineWatch(IDbSession session) : IDeadlineWatch
{
    private const string Columns = "id, reference, title, owner, due_on, review_on";

    private const string DueSoonSql = $"""
        SELECT {Columns} FROM preventive_action.measures
        WHERE status = 'InProgress' AND due_on >= @Today AND due_on <= @UpTo ORDER BY due_on, reference
        """;

    private const string OverdueSql = $"""
        SELECT {Columns} FROM preventive_action.measures
        WHERE status = 'InProgress' AND due_on < @Today ORDER BY due_on, reference
        """;

    private const string ReviewDueSql = $"""
        SELECT {Columns} FROM preventive_action.measures
        WHERE status = 'Completed' AND review_on <= @Today ORDER BY review_on, reference
        """;

    public Task<IReadOnlyList<DeadlineMeasure>> DueSoonAsync(DateOnly today, DateOnly remindUpTo, CancellationToken cancellationToken) =>
        QueryAsync(DueSoonSql, new { Today = today, UpTo = remindUpTo }, cancellationToken);

    public Task<IReadOnlyList<DeadlineMeasure>> OverdueAsync(DateOnly today, CancellationToken cancellationToken) =>
        QueryAsync(OverdueSql, new { Today = today }, cancellationToken);

    public Task<IReadOnlyList<DeadlineMeasure>> ReviewDueAsync(DateOnly today, CancellationToken cancellationToken) =>
        QueryAsync(ReviewDueSql, new { Today = today }, cancellationToken);

    private async Task<IReadOnlyList<DeadlineMeasure>> QueryAsync(string sql, object parameters, CancellationToken cancellationToken) =>
        (await session.Connection.QueryAsync<MeasureRow>(new CommandDefinition(sql, parameters, session.Transaction,
            cancellationToken: cancellationToken)))
        .Select(r => new DeadlineMeasure(r.Id, r.Reference, r.Title, r.Owner, r.DueOn, r.ReviewOn)).ToList();
}

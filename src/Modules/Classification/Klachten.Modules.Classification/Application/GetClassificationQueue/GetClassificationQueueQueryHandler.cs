using Dapper;
using Klachten.BuildingBlocks.Application;
using Klachten.Modules.Classification.Contracts;
using Npgsql;

namespace Klachten.Modules.Classification.Application.GetClassificationQueue;

internal sealed class GetClassificationQueueQueryHandler(NpgsqlDataSource dataSource, IAuditTrail auditTrail)
    : IQueryHandler<GetClassificationQueueQuery, PagedList<QueuedComplaintDto>>
{
    private const string PageSql = """
        SELECT complaint_id, reference, received_at, received_on, queued_at
        FROM classification.complaints
        WHERE version = 0
        ORDER BY received_at, complaint_id
        LIMIT @PageSize OFFSET @Offset
        """;

    private const string CountSql = "SELECT count(*) FROM classification.complaints WHERE version = 0";

    public async Task<PagedList<QueuedComplaintDto>> Handle(GetClassificationQueueQuery request, CancellationToken cancellationToken)
    {
        var paging = PageRequest.From(request.Page, request.PageSize);
        List<QueuedComplaintDto> items;
        long total;
        await using (var connection = await dataSource.OpenConnectionAsync(cancellationToken))
        {
            items = (await connection.QueryAsync<QueuedComplaintDto>(new CommandDefinition(PageSql,
                new { PageSize = paging.Size, paging.Offset }, cancellationToken: cancellationToken))).ToList();
            total = await connection.ExecuteScalarAsync<long>(new CommandDefinition(CountSql, cancellationToken: cancellationToken));
        }

        await auditTrail.RecordAsync(new AuditEntry(ClassificationContracts.ModuleName, "ClassificationQueueRead", "ClassificationQueue",
            $"page-{paging.Number}", new { Page = paging.Number, PageSize = paging.Size, References = items.Select(i => i.Reference) }), cancellationToken);
        return PagedList<QueuedComplaintDto>.Of(items, paging, total);
    }
}

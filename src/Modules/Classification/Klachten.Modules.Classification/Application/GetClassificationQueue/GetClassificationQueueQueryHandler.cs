using Dapper;
using Klachten.BuildingBlocks.Application;
using Klachten.Modules.Classification.Contracts;
using Npgsql;

namespace Klachten.Modules.Classification.Application.GetClassificationQueue;

internal sealed class GetClassificationQueueQueryHandler(NpgsqlDataSource dataSource, ICurrentUser currentUser, IAuditTrail auditTrail)
    : IQueryHandler<GetClassificationQueueQuery, PagedList<QueuedComplaintDto>>
{
    // The terms run from the day of receipt, so the earliest received is the nearest deadline (the common order of the work
    // lists); the officer comes from Handling's HandlerAssigned (handling_officers). 0003_work_lists_and_search indexes these.
    private const string Filter = """
        WHERE c.version = 0
          AND (@AssignedTo::text IS NULL OR lower(h.officer) = lower(@AssignedTo))
          AND (@Unassigned::boolean IS NULL OR (h.officer IS NULL) = @Unassigned)
          AND (@Reference::text IS NULL OR c.reference = @Reference)
        """;

    private const string PageSql = $"""
        SELECT c.complaint_id, c.reference, c.received_at, c.received_on, c.queued_at
        FROM classification.complaints c
        LEFT JOIN classification.handling_officers h ON h.complaint_id = c.complaint_id
        {Filter}
        ORDER BY c.received_on, c.reference
        LIMIT @PageSize OFFSET @Offset
        """;

    private const string CountSql = $"""
        SELECT count(*)
        FROM classification.complaints c
        LEFT JOIN classification.handling_officers h ON h.complaint_id = c.complaint_id
        {Filter}
        """;

    public async Task<PagedList<QueuedComplaintDto>> Handle(GetClassificationQueueQuery request, CancellationToken cancellationToken)
    {
        var paging = PageRequest.From(request.Page, request.PageSize);
        var parameters = new
        {
            AssignedTo = WorkLists.User(request.AssignedTo, currentUser),
            Unassigned = QueryValues.Boolean(request.Unassigned),
            Reference = WorkLists.Reference(request.Reference),
            PageSize = paging.Size,
            paging.Offset,
        };
        List<QueuedComplaintDto> items;
        long total;
        await using (var connection = await dataSource.OpenConnectionAsync(cancellationToken))
        {
            items = (await connection.QueryAsync<QueuedComplaintDto>(new CommandDefinition(PageSql, parameters, cancellationToken: cancellationToken)))
                .ToList();
            total = await connection.ExecuteScalarAsync<long>(new CommandDefinition(CountSql, parameters, cancellationToken: cancellationToken));
        }

        await auditTrail.RecordAsync(new AuditEntry(ClassificationContracts.ModuleName,
            parameters.Reference is null ? "ClassificationQueueRead" : "ClassificationQueueSearched", "ClassificationQueue",
            $"page-{paging.Number}", new
            {
                Page = paging.Number, PageSize = paging.Size, parameters.AssignedTo, parameters.Unassigned, parameters.Reference,
                References = items.Select(i => i.Reference)
            }), cancellationToken);
        return PagedList<QueuedComplaintDto>.Of(items, paging, total);
    }
}

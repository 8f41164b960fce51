using Dapper;
using Klachten.BuildingBlocks.Application;
using Klachten.Modules.PreventiveAction.Application.Abstractions;
using Npgsql;

namespace Klachten.Modules.PreventiveAction.Application.ListMeetings;

internal sealed class ListMeetingsQueryHandler(NpgsqlDataSource dataSource, IAuditTrail audit)
    : IQueryHandler<ListMeetingsQuery, PagedList<MeetingSummaryDto>>
{
    private const string Filter = "WHERE (@From::date IS NULL OR (held_on >= @From AND held_on <= @To))";

    private const string Sql = $"""
        SELECT count(*) FROM preventive_action.meetings {Filter};
        SELECT id, held_on, kind, title, closed_at IS NOT NULL AS closed,
               (SELECT count(*) FROM preventive_action.meeting_agenda_items i WHERE i.meeting_id = meetings.id)::int AS agenda_items
        FROM preventive_action.meetings {Filter}
        ORDER BY held_on DESC, id
        LIMIT @PageSize OFFSET @Offset;
        """;

    public async Task<PagedList<MeetingSummaryDto>> Handle(ListMeetingsQuery query, CancellationToken cancellationToken)
    {
        var page = PageRequest.From(query.Page, query.PageSize);
        int? year = string.IsNullOrWhiteSpace(query.Year) ? null : QueryValues.WholeNumber(query.Year, 0);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var results = await connection.QueryMultipleAsync(new CommandDefinition(Sql, new
        {
            From = year is { } y ? new DateOnly(y, 1, 1) : (DateOnly?)null,
            To = year is { } z ? new DateOnly(z, 12, 31) : (DateOnly?)null,
            PageSize = page.Size,
            page.Offset,
        }, cancellationToken: cancellationToken));
        var total = await results.ReadSingleAsync<long>();
        var items = (await results.ReadAsync<MeetingSummaryDto>()).ToList();
        await audit.RecordAsync(new AuditEntry(MeasureAccess.Module, "MeetingsListed", MeasureAccess.MeetingSubject, "*",
            new { Year = year, page.Number, page.Size, Returned = items.Count }), cancellationToken);
        return PagedList<MeetingSummaryDto>.Of(items, page, total);
    }
}

using Dapper;
using Klachten.BuildingBlocks.Application;
using Klachten.Modules.Intake.Application.Abstractions;
using Klachten.Modules.Intake.Contracts;
using Npgsql;

namespace Klachten.Modules.Intake.Application.ListComplaints;

internal sealed class ListComplaintsQueryHandler(NpgsqlDataSource dataSource, ICurrentUser currentUser, IAuditTrail audit)
    : IQueryHandler<ListComplaintsQuery, PagedList<ComplaintSummaryDto>>
{
    // Those who do not see everything see what they registered or handle.
    private const string Filter = """
        WHERE (@SeesAll OR lower(registered_by) = lower(@User) OR lower(handling_officer) = lower(@User))
          AND (@Status::text IS NULL OR (@Status::text = 'Acknowledged') = (acknowledged_at IS NOT NULL))
          AND (@ReceivedFrom::date IS NULL OR received_on >= @ReceivedFrom::date)
          AND (@ReceivedTo::date IS NULL OR received_on <= @ReceivedTo::date)
        """;

    private const string PageSql = $"""
        SELECT id, reference, acknowledged_at, complainant_type, channel, file_number, received_at, received_on,
               acknowledgement_due_on, settlement_due_on, registered_by, handling_officer
        FROM intake.complaints
        {Filter}
        ORDER BY received_on DESC, reference_year DESC, reference_number DESC
        LIMIT @PageSize OFFSET @Offset
        """;

    private const string CountSql = $"SELECT count(*) FROM intake.complaints {Filter}";

    private sealed record Row(
        Guid Id, string Reference, DateTimeOffset? AcknowledgedAt, string ComplainantType, string Channel, string? FileNumber,
        DateTimeOffset ReceivedAt, DateOnly ReceivedOn, DateOnly AcknowledgementDueOn, DateOnly SettlementDueOn, string RegisteredBy,
        string? HandlingOfficer);

    public async Task<PagedList<ComplaintSummaryDto>> Handle(ListComplaintsQuery query, CancellationToken cancellationToken)
    {
        var paging = PageRequest.From(query.Page, query.PageSize);
        var parameters = new
        {
            SeesAll = currentUser.SeesAllComplaints(),
            User = currentUser.UserName,
            Status = EnumNames.ParseOptional<ComplaintStatus>(query.Status)?.ToString(),
            ReceivedFrom = QueryValues.Date(query.ReceivedFrom),
            ReceivedTo = QueryValues.Date(query.ReceivedTo),
            PageSize = paging.Size,
            paging.Offset,
        };
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var rows = (await connection.QueryAsync<Row>(new CommandDefinition(PageSql, parameters, cancellationToken: cancellationToken))).ToList();
        var total = await connection.ExecuteScalarAsync<long>(new CommandDefinition(CountSql, parameters, cancellationToken: cancellationToken));

        // A list shows complaint data (references, file numbers) as a read does, so it is recorded like the Handling list.
        await audit.RecordAsync(new AuditEntry(IntakeContracts.ModuleName, "ComplaintsListed", "ComplaintList", $"page-{paging.Number}",
            new
            {
                Page = paging.Number, PageSize = paging.Size, query.Status, query.ReceivedFrom, query.ReceivedTo,
                References = rows.Select(r => r.Reference)
            }), cancellationToken);
        return PagedList<ComplaintSummaryDto>.Of(rows.Select(r => new ComplaintSummaryDto(
            r.Id, r.Reference, (r.AcknowledgedAt is null ? ComplaintStatus.Registered : ComplaintStatus.Acknowledged).ToString(), Enum.Parse<ComplainantType>(r.ComplainantType),
            Enum.Parse<IntakeChannel>(r.Channel), r.FileNumber, r.ReceivedAt, r.ReceivedOn, r.AcknowledgementDueOn, r.SettlementDueOn,
            r.AcknowledgedAt, r.RegisteredBy, r.HandlingOfficer)).ToList(), paging, total);
    }
}

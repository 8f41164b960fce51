using Dapper;
using Klachten.BuildingBlocks.Application;
using Klachten.BuildingBlocks.Calendar;
using Klachten.Modules.Intake.Application.Abstractions;
using Klachten.Modules.Intake.Contracts;
using Npgsql;

namespace Klachten.Modules.Intake.Application.ListComplaints;

internal sealed class ListComplaintsQueryHandler(NpgsqlDataSource dataSource, ICurrentUser currentUser, IAuditTrail audit, TimeProvider timeProvider)
    : IQueryHandler<ListComplaintsQuery, PagedList<ComplaintSummaryDto>>
{
    // Those who do not see everything see what they registered or handle. An acknowledgement is breached when the term passed
    // without one (the due day itself still counts) or it came after the due day; 0008_work_lists_and_search indexes each filter.
    private const string Filter = """
        WHERE (@SeesAll OR lower(registered_by) = lower(@User) OR lower(handling_officer) = lower(@User))
          AND (@Status::text IS NULL OR (@Status::text = 'Acknowledged') = (acknowledged_at IS NOT NULL))
          AND (@ReceivedFrom::date IS NULL OR received_on >= @ReceivedFrom::date)
          AND (@ReceivedTo::date IS NULL OR received_on <= @ReceivedTo::date)
          AND (@RegisteredBy::text IS NULL OR lower(registered_by) = lower(@RegisteredBy))
          AND (@AssignedTo::text IS NULL OR lower(handling_officer) = lower(@AssignedTo))
          AND (@Unassigned::boolean IS NULL OR (handling_officer IS NULL) = @Unassigned)
          AND (@AcknowledgementDueBefore::date IS NULL
               OR (acknowledged_at IS NULL AND acknowledgement_due_on < @AcknowledgementDueBefore::date))
          AND (@AcknowledgementBreached::boolean IS NULL
               OR ((acknowledged_at IS NULL AND acknowledgement_due_on < @Today)
                   OR (acknowledged_at IS NOT NULL
                       AND (acknowledged_at AT TIME ZONE 'Europe/Amsterdam')::date > acknowledgement_due_on)) = @AcknowledgementBreached)
          AND (@Reference::text IS NULL OR reference = @Reference)
          AND (@FileNumber::text IS NULL OR file_number = @FileNumber)
          AND (@CollectionAgent::text IS NULL OR lower(collection_agent) = lower(@CollectionAgent))
          AND (@ComplainantName::text IS NULL OR complainant_name ILIKE @ComplainantName)
        """;

    // The nearest deadline: the acknowledgement until it is sent, then the settlement term as registered; closed ones last.
    private const string PageSql = $"""
        SELECT id, reference, acknowledged_at, complainant_type, channel, file_number, received_at, received_on,
               acknowledgement_due_on, settlement_due_on, registered_by, handling_officer
        FROM intake.complaints
        {Filter}
        ORDER BY closed_at IS NOT NULL,
                 CASE WHEN acknowledged_at IS NULL THEN acknowledgement_due_on ELSE settlement_due_on END, reference
        LIMIT @PageSize OFFSET @Offset
        """;

    private const string CountSql = $"SELECT count(*) FROM intake.complaints {Filter}";

    private sealed record Row(
        Guid Id, string Reference, DateTimeOffset? AcknowledgedAt, string ComplainantType, string Channel, string? FileNumber,
        DateTimeOffset ReceivedAt, DateOnly ReceivedOn, DateOnly AcknowledgementDueOn, DateOnly SettlementDueOn, string RegisteredBy,
        string? HandlingOfficer);

    public async Task<PagedList<ComplaintSummaryDto>> Handle(ListComplaintsQuery query, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(query.ComplainantName))
        {
            WorkLists.EnsureMaySearchComplainants(currentUser);
        }

        var paging = PageRequest.From(query.Page, query.PageSize);
        var parameters = new
        {
            SeesAll = currentUser.SeesAllComplaints(),
            User = currentUser.UserName,
            Status = EnumNames.ParseOptional<ComplaintStatus>(query.Status)?.ToString(),
            ReceivedFrom = QueryValues.Date(query.ReceivedFrom),
            ReceivedTo = QueryValues.Date(query.ReceivedTo),
            RegisteredBy = WorkLists.User(query.RegisteredBy, currentUser),
            AssignedTo = WorkLists.User(query.AssignedTo, currentUser),
            Unassigned = QueryValues.Boolean(query.Unassigned),
            AcknowledgementDueBefore = QueryValues.Date(query.AcknowledgementDueBefore),
            AcknowledgementBreached = QueryValues.Boolean(query.AcknowledgementBreached),
            Today = AmsterdamTime.LocalDate(timeProvider.GetUtcNow()),
            Reference = WorkLists.Reference(query.Reference),
            FileNumber = WorkLists.Text(query.FileNumber),
            CollectionAgent = WorkLists.Text(query.CollectionAgent),
            ComplainantName = WorkLists.ContainsPattern(query.ComplainantName),
            PageSize = paging.Size,
            paging.Offset,
        };
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var rows = (await connection.QueryAsync<Row>(new CommandDefinition(PageSql, parameters, cancellationToken: cancellationToken))).ToList();
        var total = await connection.ExecuteScalarAsync<long>(new CommandDefinition(CountSql, parameters, cancellationToken: cancellationToken));

        // A list shows complaint data (references, file numbers) as a read does, so it is recorded like the Handling list; a
        // search is recorded as one, with what was searched for.
        await audit.RecordAsync(new AuditEntry(IntakeContracts.ModuleName, query.IsSearch ? "ComplaintsSearched" : "ComplaintsListed",
            "ComplaintList", $"page-{paging.Number}",
            new
            {
                Page = paging.Number, PageSize = paging.Size, query.Status, query.ReceivedFrom, query.ReceivedTo, parameters.RegisteredBy,
                parameters.AssignedTo, parameters.Unassigned, query.AcknowledgementDueBefore, parameters.AcknowledgementBreached,
                parameters.Reference, parameters.FileNumber, parameters.CollectionAgent, ComplainantName = WorkLists.Text(query.ComplainantName),
                References = rows.Select(r => r.Reference)
            }), cancellationToken);
        return PagedList<ComplaintSummaryDto>.Of(rows.Select(r => new ComplaintSummaryDto(
            r.Id, r.Reference, (r.AcknowledgedAt is null ? ComplaintStatus.Registered : ComplaintStatus.Acknowledged).ToString(), Enum.Parse<ComplainantType>(r.ComplainantType),
            Enum.Parse<IntakeChannel>(r.Channel), r.FileNumber, r.ReceivedAt, r.ReceivedOn, r.AcknowledgementDueOn, r.SettlementDueOn,
            r.AcknowledgedAt, r.RegisteredBy, r.HandlingOfficer)).ToList(), paging, total);
    }
}

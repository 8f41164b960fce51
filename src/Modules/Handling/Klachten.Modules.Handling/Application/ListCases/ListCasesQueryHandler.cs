using Dapper;
using Klachten.BuildingBlocks.Application;
using Klachten.Modules.Handling.Application.Abstractions;
using Klachten.Modules.Handling.Application.GetCase;
using Klachten.Modules.Handling.Domain;
using Klachten.Modules.Intake.Contracts;
using Npgsql;

namespace Klachten.Modules.Handling.Application.ListCases;

/// <summary>
/// A page of cases: an officer sees their own and the unassigned ones they may take (not those about themselves as collection
/// agent), so that they can find work; the rows hold nothing confidential, and the case details stay with the handler. The
/// quality manager and management see all (and may filter by any officer).
/// </summary>
internal sealed class ListCasesQueryHandler(
    NpgsqlDataSource dataSource, ICurrentUser user, IAuditTrail audit, TimeProvider timeProvider, IComplaintDirectory directory)
    : IQueryHandler<ListCasesQuery, PagedList<CaseSummaryDto>>
{
    // The whole row: each item's allowedActions come from the case as CaseActions reads it (nothing confidential is answered).
    // A term is met by sending the decision letter; 0006_work_lists_and_search indexes each filter and the order.
    private const string Filter = """
        WHERE (@Viewer::text IS NULL OR lower(officer) = lower(@Viewer)
               OR (officer IS NULL AND (collection_agent IS NULL OR lower(collection_agent) <> lower(@Viewer))))
          AND (@Status::text IS NULL OR status = @Status)
          AND (@Officer::text IS NULL OR lower(officer) = lower(@Officer))
          AND (@Unassigned::boolean IS NULL OR (officer IS NULL) = @Unassigned)
          AND (@Overdue::boolean IS NULL OR (letter_sent_at IS NULL AND due_on < @Today) = @Overdue)
          AND (@SettlementDueBefore::date IS NULL OR (letter_sent_at IS NULL AND due_on < @SettlementDueBefore::date))
          AND (@Reference::text IS NULL OR reference = @Reference)
          AND (@CollectionAgent::text IS NULL OR lower(collection_agent) = lower(@CollectionAgent))
        """;

    private const string Sql = $"""
        SELECT count(*) FROM handling.cases {Filter};
        SELECT * FROM handling.cases {Filter}
        ORDER BY status = 'Closed', due_on, reference
        LIMIT @PageSize OFFSET @Offset;
        """;

    public async Task<PagedList<CaseSummaryDto>> Handle(ListCasesQuery query, CancellationToken cancellationToken)
    {
        string? viewer = null;
        if (!user.SeesAllComplaints())
        {
            if (!user.IsInRole(Roles.ComplaintsOfficer))
            {
                throw new ForbiddenException("An officer sees only the cases assigned to them and the unassigned ones.");
            }

            viewer = user.UserName;
        }

        var officer = WorkLists.User(query.AssignedTo, user);
        var status = EnumNames.ParseOptional<CaseStatus>(query.Status)?.ToString();
        var overdue = QueryValues.Boolean(query.Overdue);
        var unassigned = QueryValues.Boolean(query.Unassigned);
        var dueBefore = QueryValues.Date(query.SettlementDueBefore);
        var reference = WorkLists.Reference(query.Reference);
        var agent = WorkLists.Text(query.CollectionAgent);
        var paging = PageRequest.From(query.Page, query.PageSize);
        var today = AmsterdamDate.Of(timeProvider.GetUtcNow());
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var results = await connection.QueryMultipleAsync(new CommandDefinition(Sql, new
        {
            Viewer = viewer,
            Status = status,
            Officer = officer,
            Unassigned = unassigned,
            Overdue = overdue,
            SettlementDueBefore = dueBefore,
            Reference = reference,
            CollectionAgent = agent,
            Today = today,
            PageSize = paging.Size,
            paging.Offset,
        }, cancellationToken: cancellationToken));
        var total = await results.ReadSingleAsync<long>();
        var rows = (await results.ReadAsync<CaseRow>()).ToList();
        var reach = await directory.GetLetterReachAsync(rows.Select(r => r.ComplaintId).ToList(), cancellationToken);
        var items = rows.Select(r => new CaseSummaryDto
        {
            ComplaintId = r.ComplaintId,
            Reference = r.Reference,
            Status = r.Status,
            Officer = r.Officer,
            SettlementDueOn = r.DueOn,
            Overdue = r.LetterSentAt is null && r.DueOn < today,
            Extended = r.ExtensionNewDueOn is not null,
            DecisionOutcome = r.DecisionOutcome,
            DecidedInTime = r.DecidedInTime,
            AllowedActions = CaseActions.For(user, r.ToCase(), today, reach.GetValueOrDefault(r.ComplaintId) ?? LetterReach.None),
        }).ToList();
        var search = reference is not null || agent is not null;
        await audit.RecordAsync(new AuditEntry(CaseAccess.Module, search ? "CasesSearched" : "CasesListed", CaseAccess.Subject, "*",
            new
            {
                Status = status, Officer = officer, Viewer = viewer, Overdue = overdue, Unassigned = unassigned, SettlementDueBefore = dueBefore,
                Reference = reference, CollectionAgent = agent, page = paging.Number, pageSize = paging.Size, Returned = items.Count
            }), cancellationToken);
        return PagedList<CaseSummaryDto>.Of(items, paging, total);
    }
}

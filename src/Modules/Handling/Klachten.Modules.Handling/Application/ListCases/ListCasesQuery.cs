using Klachten.BuildingBlocks.Application;
using Klachten.Modules.Handling.Domain;

namespace Klachten.Modules.Handling.Application.ListCases;

/// <summary>
/// The query string as sent (see <see cref="QueryValues"/>): status a <see cref="CaseStatus"/> name in any case ("open" is Open);
/// the work-list filters of <see cref="WorkLists"/> (assignedTo "me" or a user; unassigned and overdue true or false;
/// settlementDueBefore a date); the searches reference and collectionAgent; page and pageSize (<see cref="PageRequest"/>).
/// </summary>
internal sealed record ListCasesQuery(
    string? Status, string? AssignedTo, string? Overdue, string? Page, string? PageSize, string? Unassigned = null,
    string? SettlementDueBefore = null, string? Reference = null, string? CollectionAgent = null)
    : IQuery<PagedList<CaseSummaryDto>>, IPagedQuery;

using Klachten.BuildingBlocks.Application;
using Klachten.Modules.Handling.Domain;

namespace Klachten.Modules.Handling.Application.ListCases;

/// <summary>
/// The query string as sent (see <see cref="QueryValues"/>): status a <see cref="CaseStatus"/> name in any case ("open" is Open);
/// officer a user name; overdue true or false; page and pageSize (<see cref="PageRequest"/>).
/// </summary>
internal sealed record ListCasesQuery(string? Status, string? Officer, string? Overdue, string? Page, string? PageSize)
    : IQuery<PagedList<CaseSummaryDto>>, IPagedQuery;

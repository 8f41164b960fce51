using Klachten.BuildingBlocks.Application;

namespace Klachten.Modules.Handling.Application.ListCases;

internal sealed record ListCasesQuery(string? Status, string? Officer, bool? Overdue, int? Page, int? PageSize) : IQuery<CasePageDto>;

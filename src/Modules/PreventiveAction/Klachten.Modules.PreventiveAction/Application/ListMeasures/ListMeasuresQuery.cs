using Klachten.BuildingBlocks.Application;
using Klachten.BuildingBlocks.Web;
using Klachten.Modules.Analysis.Contracts;
using Klachten.Modules.PreventiveAction.Domain;

namespace Klachten.Modules.PreventiveAction.Application.ListMeasures;

/// <summary>
/// The query string as sent: status a measure status and kind a measure kind (names in any letter case), owner a user name,
/// overdue true | false, year the year of proposal (of the reference), page and pageSize as everywhere.
/// </summary>
internal sealed record ListMeasuresQuery(string? Status, string? Kind, string? Owner, string? Overdue, string? Year, string? Page,
    string? PageSize)
    : IQuery<PagedList<MeasureSummaryDto>>, IPagedQuery;

internal sealed record MeasureSummaryDto
{
    public Guid Id { get; init; }
    public string Reference { get; init; } = "";
    public string Title { get; init; } = "";
    [OneOf(typeof(MeasureKind))]
    public string Kind { get; init; } = "";
    [OneOf(typeof(MeasureStatus))]
    public string Status { get; init; } = "";
    public string? Owner { get; init; }
    public DateOnly? DueOn { get; init; }
    public DateOnly? ReviewOn { get; init; }
    public bool Overdue { get; init; }
    [OneOf(typeof(Effectiveness))]
    public string? Effectiveness { get; init; }
    public Guid? FollowUpOf { get; init; }
}

using Klachten.BuildingBlocks.Application;
using Klachten.BuildingBlocks.Web;
using Klachten.Modules.PreventiveAction.Domain;

namespace Klachten.Modules.PreventiveAction.Application.ListMeetings;

/// <summary>A page of meetings, newest first; year (of the meeting date) optional.</summary>
internal sealed record ListMeetingsQuery(string? Year, string? Page, string? PageSize) : IQuery<PagedList<MeetingSummaryDto>>, IPagedQuery;

internal sealed record MeetingSummaryDto
{
    public Guid Id { get; init; }
    public DateOnly HeldOn { get; init; }
    [OneOf(typeof(MeetingKind))]
    public string Kind { get; init; } = "";
    public string Title { get; init; } = "";
    public int AgendaItems { get; init; }
    public bool Closed { get; init; }
}

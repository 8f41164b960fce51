using Klachten.BuildingBlocks.Application;
using Klachten.BuildingBlocks.Web;
using Klachten.Modules.PreventiveAction.Application.Abstractions;
using Klachten.Modules.PreventiveAction.Domain;

namespace Klachten.Modules.PreventiveAction.Application.GetMeeting;

internal sealed record GetMeetingQuery(Guid MeetingId) : IQuery<MeetingDto>;

/// <summary>AllowedActions: the steps the caller may take now (addAgendaItem, recordMinutes, close).</summary>
internal sealed record MeetingDto(
    Guid Id, DateOnly HeldOn, [property: OneOf(typeof(MeetingKind))] string Kind, string Title, IReadOnlyList<string> Participants, string CreatedBy, DateTimeOffset CreatedAt,
    IReadOnlyList<AgendaItemDto> Agenda, string? Minutes, string? MinutesBy, DateTimeOffset? MinutesAt, string? ClosedBy,
    DateTimeOffset? ClosedAt, IReadOnlyList<MeetingDecisionDto> Decisions, [property: OneOf(typeof(MeetingActions))] IReadOnlyList<string> AllowedActions);

internal sealed record AgendaItemDto
{
    public Guid Id { get; init; }
    public int Position { get; init; }
    [OneOf(typeof(AgendaItemKind))]
    public string Kind { get; init; } = "";
    public string Title { get; init; } = "";
    public Guid? ReportId { get; init; }
    public int? AnalysisYear { get; init; }
    public int? AnalysisVersion { get; init; }
    public Guid? MeasureId { get; init; }
    public string? MeasureReference { get; init; }
    public string? MeasureStatus { get; init; }
}

/// <summary>A decision of management taken in the meeting (the measure's current decision names it).</summary>
internal sealed record MeetingDecisionDto
{
    public Guid MeasureId { get; init; }
    public string Reference { get; init; } = "";
    public string Title { get; init; } = "";
    public string Decision { get; init; } = "";
    public string Reasoning { get; init; } = "";
    public string DecidedBy { get; init; } = "";
    public DateTimeOffset DecidedAt { get; init; }
}

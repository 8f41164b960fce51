namespace Klachten.Modules.PreventiveAction.Application.GetMeeting;

/// <summary>
/// A row of preventive_action.meetings, the one type for that table: the meeting and its pack read it, the repository restores
/// the aggregate from it.
/// </summary>
internal sealed class MeetingRow
{
    public Guid Id { get; init; }
    public DateOnly HeldOn { get; init; }
    public string Kind { get; init; } = "";
    public string Title { get; init; } = "";
    public string[] Participants { get; init; } = [];
    public string CreatedBy { get; init; } = "";
    public DateTimeOffset CreatedAt { get; init; }
    public string? Minutes { get; init; }
    public string? MinutesBy { get; init; }
    public DateTimeOffset? MinutesAt { get; init; }
    public string? ClosedBy { get; init; }
    public DateTimeOffset? ClosedAt { get; init; }
    public int Version { get; init; }
}

/// <summary>A row of preventive_action.meeting_agenda_items: the pack reads it, the repository restores the agenda from it.</summary>
internal sealed class AgendaItemRow
{
    public Guid Id { get; init; }
    public int Position { get; init; }
    public string Kind { get; init; } = "";
    public Guid? ReportId { get; init; }
    public int? AnalysisYear { get; init; }
    public int? AnalysisVersion { get; init; }
    public Guid? MeasureId { get; init; }
    public string Title { get; init; } = "";
    public string AddedBy { get; init; } = "";
    public DateTimeOffset AddedAt { get; init; }
}

using Klachten.Modules.PreventiveAction.Domain;

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

    /// <summary>The aggregate this row stores with its agenda (no rule runs): the repository loads it, the read asks it what may
    /// happen next.</summary>
    public Meeting ToMeeting(IEnumerable<AgendaItemRow> agenda) => Meeting.Restore(Id, HeldOn, Enum.Parse<MeetingKind>(Kind), Title,
        Participants, CreatedBy, CreatedAt,
        agenda.Select(i => new AgendaItem(i.Id, i.Position, Enum.Parse<AgendaItemKind>(i.Kind), i.ReportId, i.AnalysisYear,
            i.AnalysisVersion, i.MeasureId, i.Title, i.AddedBy, i.AddedAt)),
        Minutes is { } text ? new Minutes(text, MinutesBy!, MinutesAt!.Value) : null, ClosedBy, ClosedAt, Version);
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

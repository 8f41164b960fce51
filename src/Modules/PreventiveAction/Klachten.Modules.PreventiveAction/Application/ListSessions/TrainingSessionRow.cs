namespace Klachten.Modules.PreventiveAction.Application.ListSessions;

/// <summary>
/// A row of preventive_action.training_sessions, the one type for that table: the session list and the measure's details read
/// it, the repository restores the session from it.
/// </summary>
internal sealed class TrainingSessionRow
{
    public Guid Id { get; init; }
    public Guid MeasureId { get; init; }
    public string Topic { get; init; } = "";
    public DateOnly HeldOn { get; init; }
    public string Trainer { get; init; } = "";
    public string[] Participants { get; init; } = [];
    public string CreatedBy { get; init; } = "";
    public DateTimeOffset CreatedAt { get; init; }
    public string? AttendanceRecordedBy { get; init; }
    public DateTimeOffset? AttendanceRecordedAt { get; init; }
}

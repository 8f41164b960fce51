using Klachten.BuildingBlocks.Domain;

namespace Klachten.Modules.PreventiveAction.Domain;

internal static class TrainingErrors
{
    public const string NotYetHeld = "session_not_yet_held";
    public const string AttendanceRecorded = "attendance_already_recorded";
    public const string AttendanceIncomplete = "attendance_incomplete";
}

internal sealed record Attendance(string Participant, bool Attended);

/// <summary>A session of a training measure; it counts as held once the attendance of every participant is recorded.</summary>
internal sealed class TrainingSession
{
    private TrainingSession(Guid id, Guid measureId, string topic, DateOnly heldOn, string trainer, IReadOnlyList<string> participants,
        string createdBy, DateTimeOffset createdAt)
    {
        Id = id;
        MeasureId = measureId;
        Topic = topic;
        HeldOn = heldOn;
        Trainer = trainer;
        Participants = participants;
        CreatedBy = createdBy;
        CreatedAt = createdAt;
    }

    public Guid Id { get; }
    public Guid MeasureId { get; }
    public string Topic { get; }
    public DateOnly HeldOn { get; }
    public string Trainer { get; }
    public IReadOnlyList<string> Participants { get; }
    public string CreatedBy { get; }
    public DateTimeOffset CreatedAt { get; }
    public IReadOnlyList<Attendance>? Attendance { get; private set; }
    public string? AttendanceRecordedBy { get; private set; }
    public DateTimeOffset? AttendanceRecordedAt { get; private set; }
    public bool IsHeld => AttendanceRecordedAt is not null;

    /// <summary>Plans a session of <paramref name="measure"/>, which must be a training in progress.</summary>
    public static TrainingSession Plan(Guid id, Measure measure, string topic, DateOnly heldOn, string trainer,
        IReadOnlyList<string> participants, string by, DateTimeOffset at)
    {
        if (measure.WhyNotPlanSession() is { } refusal)
        {
            throw refusal;
        }

        return new TrainingSession(id, measure.Id, topic, heldOn, trainer,
            participants.Distinct(StringComparer.OrdinalIgnoreCase).ToList(), by, at);
    }

    public static TrainingSession Restore(Guid id, Guid measureId, string topic, DateOnly heldOn, string trainer,
        IReadOnlyList<string> participants, string createdBy, DateTimeOffset createdAt, IReadOnlyList<Attendance>? attendance,
        string? recordedBy, DateTimeOffset? recordedAt) =>
        new(id, measureId, topic, heldOn, trainer, participants, createdBy, createdAt)
        {
            Attendance = attendance,
            AttendanceRecordedBy = recordedBy,
            AttendanceRecordedAt = recordedAt,
        };

    /// <summary>Records, once and on or after the session's date, whether each participant (every one, no one else) attended.</summary>
    public IReadOnlyList<Attendance> RecordAttendance(IReadOnlyList<Attendance> attendance, DateOnly today, string by, DateTimeOffset at)
    {
        if (IsHeld)
        {
            throw new DomainRuleException(TrainingErrors.AttendanceRecorded, "The attendance of this session is recorded already.");
        }

        if (today < HeldOn)
        {
            throw new DomainRuleException(TrainingErrors.NotYetHeld,
                $"The session is held on {HeldOn:yyyy-MM-dd}: record its attendance then.");
        }

        var named = attendance.Select(a => a.Participant).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var missing = Participants.Where(p => !named.Contains(p)).ToList();
        var unknown = named.Where(n => !Participants.Contains(n, StringComparer.OrdinalIgnoreCase)).ToList();
        if (missing.Count > 0 || unknown.Count > 0 || named.Count != attendance.Count)
        {
            throw new DomainRuleException(TrainingErrors.AttendanceIncomplete,
                $"Give the attendance of every participant once, and of no one else (missing: {string.Join(", ", missing)}; "
                + $"not a participant: {string.Join(", ", unknown)}).", RuleKind.Unprocessable);
        }

        Attendance = Participants.Select(p => attendance.First(a => string.Equals(a.Participant, p,
            StringComparison.OrdinalIgnoreCase)) with
        { Participant = p })
            .ToList();
        AttendanceRecordedBy = by;
        AttendanceRecordedAt = at;
        return Attendance;
    }
}

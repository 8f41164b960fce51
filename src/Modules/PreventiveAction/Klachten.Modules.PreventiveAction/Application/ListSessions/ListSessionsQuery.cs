using Klachten.BuildingBlocks.Application;

namespace Klachten.Modules.PreventiveAction.Application.ListSessions;

internal sealed record ListSessionsQuery(Guid MeasureId) : IQuery<IReadOnlyList<SessionDto>>;

internal sealed record SessionDto(Guid Id, string Topic, DateOnly HeldOn, string Trainer, IReadOnlyList<string> Participants, bool Held,
    IReadOnlyList<AttendanceDto>? Attendance, string? AttendanceRecordedBy, DateTimeOffset? AttendanceRecordedAt);

internal sealed record AttendanceDto(string Participant, bool Attended);

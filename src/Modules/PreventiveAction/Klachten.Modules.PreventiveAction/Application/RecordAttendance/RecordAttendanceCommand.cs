using Klachten.BuildingBlocks.Application;

namespace Klachten.Modules.PreventiveAction.Application.RecordAttendance;

internal sealed record RecordAttendanceCommand(Guid MeasureId, Guid SessionId,
    IReadOnlyList<AttendanceEntry>? Attendance) : ICommand<RecordAttendanceResult>;

internal sealed record AttendanceEntry(string? Participant, bool? Attended);

internal sealed record RecordAttendanceResult(Guid Id, int Attended, int Absent);

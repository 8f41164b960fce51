using System.ComponentModel.DataAnnotations;
using Klachten.BuildingBlocks.Application;
using Klachten.Modules.PreventiveAction.Application.Abstractions;
using Klachten.Modules.PreventiveAction.Domain;

namespace Klachten.Modules.PreventiveAction.Application.RecordAttendance;

internal sealed record RecordAttendanceCommand(Guid MeasureId, Guid SessionId, IReadOnlyList<Attendance> Attendance)
    : ICommand<RecordAttendanceResult>;

internal sealed record RecordAttendanceResult(Guid Id, int Attended, int Absent);

/// <summary>The attendance as sent, checked by <see cref="RecordAttendanceCommandValidator"/>.</summary>
internal sealed record AttendanceRequest([property: Required] IReadOnlyList<AttendanceEntry>? Attendance)
{
    public RecordAttendanceCommand ToCommand(Guid measureId, Guid sessionId) =>
        new(measureId, sessionId, (Attendance ?? []).Select(a => new Attendance(RequestText.Required(a.Participant), a.Attended ?? false))
            .ToList());
}

/// <summary>Whether one participant (their user name) attended.</summary>
internal sealed record AttendanceEntry([property: Required] string? Participant, [property: Required] bool? Attended);

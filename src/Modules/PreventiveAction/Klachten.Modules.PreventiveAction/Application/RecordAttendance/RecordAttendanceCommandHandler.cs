using Klachten.BuildingBlocks.Application;
using Klachten.Modules.PreventiveAction.Application.Abstractions;
using Klachten.Modules.PreventiveAction.Domain;

namespace Klachten.Modules.PreventiveAction.Application.RecordAttendance;

internal sealed class RecordAttendanceCommandHandler(
    IMeasureRepository measures, ITrainingSessionRepository sessions, ICurrentUser user, IAuditTrail audit, TimeProvider timeProvider)
    : ICommandHandler<RecordAttendanceCommand, RecordAttendanceResult>
{
    public async Task<RecordAttendanceResult> Handle(RecordAttendanceCommand command, CancellationToken cancellationToken)
    {
        var measure = await measures.GetForUpdateAsync(command.MeasureId, cancellationToken);
        MeasureAccess.EnsureOwnerOrQualityManager(user, measure);
        var session = await sessions.GetForUpdateAsync(measure.Id, command.SessionId, cancellationToken);
        var now = timeProvider.GetUtcNow();
        var attendance = session.RecordAttendance(command.Attendance, AmsterdamDate.Of(now), user.UserName, now);
        await sessions.SaveAttendanceAsync(session, cancellationToken);
        // A read of the measure shows its sessions and attendance: a new version, so a stale If-Match is refused after it.
        await measures.SaveAsync(measure, cancellationToken);
        var attended = attendance.Count(a => a.Attended);
        await audit.RecordAsync(new AuditEntry(MeasureAccess.Module, "TrainingAttendanceRecorded", MeasureAccess.Subject,
            measure.Id.ToString(),
            new { SessionId = session.Id, Attended = attended, Absent = attendance.Count - attended }), cancellationToken);
        return new RecordAttendanceResult(session.Id, attended, attendance.Count - attended);
    }
}

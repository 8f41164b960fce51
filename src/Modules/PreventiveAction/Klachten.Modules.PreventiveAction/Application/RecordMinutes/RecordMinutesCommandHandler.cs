using Klachten.BuildingBlocks.Application;
using Klachten.Modules.PreventiveAction.Application.Abstractions;
using Klachten.Modules.PreventiveAction.Application.PlanMeeting;

namespace Klachten.Modules.PreventiveAction.Application.RecordMinutes;

internal sealed class RecordMinutesCommandHandler(IMeetingRepository meetings, ICurrentUser user, IAuditTrail audit,
    TimeProvider timeProvider)
    : ICommandHandler<RecordMinutesCommand, MeetingStepResult>
{
    public async Task<MeetingStepResult> Handle(RecordMinutesCommand command, CancellationToken cancellationToken)
    {
        var meeting = await meetings.GetForUpdateAsync(command.MeetingId, cancellationToken);
        meeting.RecordMinutes(command.Text, user.UserName, timeProvider.GetUtcNow());
        await meetings.SaveAsync(meeting, cancellationToken);
        // The text itself is in the meeting; the trail keeps who wrote which version when.
        await audit.RecordAsync(new AuditEntry(MeasureAccess.Module, "MinutesRecorded", MeasureAccess.MeetingSubject, meeting.Id.ToString(),
            new { Length = meeting.Minutes!.Text.Length }), cancellationToken);
        return MeetingResults.Of(meeting);
    }
}

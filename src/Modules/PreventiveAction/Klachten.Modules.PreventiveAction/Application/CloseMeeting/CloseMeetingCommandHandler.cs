using Klachten.BuildingBlocks.Application;
using Klachten.Modules.PreventiveAction.Application.Abstractions;
using Klachten.Modules.PreventiveAction.Application.PlanMeeting;

namespace Klachten.Modules.PreventiveAction.Application.CloseMeeting;

internal sealed class CloseMeetingCommandHandler(IMeetingRepository meetings, ICurrentUser user, IAuditTrail audit,
    TimeProvider timeProvider)
    : ICommandHandler<CloseMeetingCommand, MeetingStepResult>
{
    public async Task<MeetingStepResult> Handle(CloseMeetingCommand command, CancellationToken cancellationToken)
    {
        var meeting = await meetings.GetForUpdateAsync(command.MeetingId, cancellationToken);
        meeting.Close(user.UserName, timeProvider.GetUtcNow());
        await meetings.SaveAsync(meeting, cancellationToken);
        await audit.RecordAsync(new AuditEntry(MeasureAccess.Module, "MeetingClosed", MeasureAccess.MeetingSubject, meeting.Id.ToString()),
            cancellationToken);
        return MeetingResults.Of(meeting);
    }
}

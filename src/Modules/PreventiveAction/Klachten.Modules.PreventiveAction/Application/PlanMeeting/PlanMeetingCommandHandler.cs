using Klachten.BuildingBlocks.Application;
using Klachten.Modules.PreventiveAction.Application.Abstractions;
using Klachten.Modules.PreventiveAction.Domain;

namespace Klachten.Modules.PreventiveAction.Application.PlanMeeting;

internal sealed class PlanMeetingCommandHandler(IMeetingRepository meetings, ICurrentUser user, IAuditTrail audit,
    TimeProvider timeProvider)
    : ICommandHandler<PlanMeetingCommand, MeetingStepResult>
{
    public async Task<MeetingStepResult> Handle(PlanMeetingCommand command, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var meeting = Meeting.Plan(Guid.CreateVersion7(now), command.HeldOn, command.Kind, command.Title, command.Participants,
            user.UserName, now);
        await meetings.AddAsync(meeting, cancellationToken);
        await audit.RecordAsync(new AuditEntry(MeasureAccess.Module, "MeetingPlanned", MeasureAccess.MeetingSubject, meeting.Id.ToString(),
            new { meeting.HeldOn, meeting.Kind }), cancellationToken);
        return MeetingResults.Of(meeting);
    }
}

internal static class MeetingResults
{
    public static MeetingStepResult Of(Meeting meeting) => new(meeting.Id, meeting.Title, meeting.HeldOn, meeting.Kind.ToString(),
        meeting.IsClosed);
}

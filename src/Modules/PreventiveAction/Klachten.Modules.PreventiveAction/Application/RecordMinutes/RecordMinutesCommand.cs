using System.ComponentModel.DataAnnotations;
using Klachten.BuildingBlocks.Application;
using Klachten.Modules.PreventiveAction.Application.Abstractions;
using Klachten.Modules.PreventiveAction.Application.PlanMeeting;

namespace Klachten.Modules.PreventiveAction.Application.RecordMinutes;

internal sealed record RecordMinutesCommand(Guid MeetingId, string Text) : ICommand<MeetingStepResult>;

/// <summary>The minutes as sent, checked by <see cref="RecordMinutesCommandValidator"/>.</summary>
internal sealed record MinutesRequest([property: Required] string? Text)
{
    public RecordMinutesCommand ToCommand(Guid meetingId) => new(meetingId, RequestText.Required(Text));
}

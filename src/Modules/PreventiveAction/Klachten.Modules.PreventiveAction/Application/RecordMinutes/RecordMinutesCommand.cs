using Klachten.BuildingBlocks.Application;
using Klachten.Modules.PreventiveAction.Application.PlanMeeting;

namespace Klachten.Modules.PreventiveAction.Application.RecordMinutes;

internal sealed record RecordMinutesCommand(Guid MeetingId, string? Text) : ICommand<MeetingStepResult>;

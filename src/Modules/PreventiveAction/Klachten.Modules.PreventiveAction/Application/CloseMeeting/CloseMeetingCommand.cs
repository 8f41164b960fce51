using Klachten.BuildingBlocks.Application;
using Klachten.Modules.PreventiveAction.Application.PlanMeeting;

namespace Klachten.Modules.PreventiveAction.Application.CloseMeeting;

internal sealed record CloseMeetingCommand(Guid MeetingId) : ICommand<MeetingStepResult>;

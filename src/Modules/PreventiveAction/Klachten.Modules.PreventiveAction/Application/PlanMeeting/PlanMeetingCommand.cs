using Klachten.BuildingBlocks.Application;

namespace Klachten.Modules.PreventiveAction.Application.PlanMeeting;

/// <summary>
/// An office meeting (kantooroverleg): date (yyyy-MM-dd), kind Regular or YearlyComplaints, optional title, participants.
/// </summary>
internal sealed record PlanMeetingCommand(string? HeldOn, string? Kind, string? Title,
    IReadOnlyList<string>? Participants) : ICommand<MeetingStepResult>;

internal sealed record MeetingStepResult(Guid Id, string Title, DateOnly HeldOn, string Kind, bool Closed);

using System.ComponentModel.DataAnnotations;
using Klachten.BuildingBlocks.Application;
using Klachten.BuildingBlocks.Web;
using Klachten.Modules.PreventiveAction.Application.Abstractions;
using Klachten.Modules.PreventiveAction.Domain;

namespace Klachten.Modules.PreventiveAction.Application.PlanMeeting;

/// <summary>An office meeting (kantooroverleg): date, kind, optional title (else one made from kind and date), participants.</summary>
internal sealed record PlanMeetingCommand(DateOnly HeldOn, MeetingKind Kind, string? Title, IReadOnlyList<string> Participants)
    : ICommand<MeetingStepResult>;

internal sealed record MeetingStepResult(Guid Id, string Title, DateOnly HeldOn, [property: OneOf(typeof(MeetingKind))] string Kind, bool Closed);

/// <summary>The meeting as sent, checked by <see cref="PlanMeetingCommandValidator"/>.</summary>
internal sealed record MeetingRequest(
    [property: Required, TextForm(TextForm.Date)] string? HeldOn, [property: Required, OneOf(typeof(MeetingKind))] string? Kind,
    string? Title, [property: Required] IReadOnlyList<string>? Participants)
{
    public PlanMeetingCommand ToCommand() =>
        new(RequestText.Date(HeldOn), EnumNames.Parse<MeetingKind>(Kind), RequestText.Optional(Title), RequestText.UserNames(Participants));
}

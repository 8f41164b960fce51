using FluentValidation;
using Klachten.BuildingBlocks.Application;
using Klachten.Modules.PreventiveAction.Application.Abstractions;
using Klachten.Modules.PreventiveAction.Domain;

namespace Klachten.Modules.PreventiveAction.Application.PlanMeeting;

internal sealed class PlanMeetingCommandValidator : AbstractValidator<MeetingRequest>
{
    public PlanMeetingCommandValidator(IStaffDirectory staff)
    {
        RuleFor(r => r.HeldOn).RequiredDate();
        RuleFor(r => r.Kind).Choice<MeetingRequest, MeetingKind>();
        RuleFor(r => r.Title).OptionalLine(Texts.Title);
        RuleFor(r => r.Participants).Participants();
        RuleForEach(r => r.Participants).Colleague(staff);
    }
}

using FluentValidation;
using Klachten.BuildingBlocks.Application;
using Klachten.Modules.PreventiveAction.Application.Abstractions;
using Klachten.Modules.PreventiveAction.Domain;

namespace Klachten.Modules.PreventiveAction.Application.PlanMeeting;

internal sealed class PlanMeetingCommandValidator : AbstractValidator<PlanMeetingCommand>
{
    public PlanMeetingCommandValidator(IStaffDirectory staff)
    {
        RuleFor(c => c.HeldOn).RequiredDate();
        RuleFor(c => c.Kind).EnumName<PlanMeetingCommand, MeetingKind>();
        RuleFor(c => c.Title).MaximumLength(Texts.Title);
        RuleFor(c => c.Participants).NotEmpty().WithMessage("Name at least one participant.")
            .Must(p => p is null || p.Count <= 200).WithMessage("At most 200 participants.");
        RuleForEach(c => c.Participants).MaximumLength(100).Colleague(staff);
    }
}

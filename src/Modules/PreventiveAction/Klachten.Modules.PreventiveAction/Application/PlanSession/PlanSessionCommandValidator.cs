using FluentValidation;
using Klachten.BuildingBlocks.Application;
using Klachten.Modules.PreventiveAction.Application.Abstractions;

namespace Klachten.Modules.PreventiveAction.Application.PlanSession;

internal sealed class PlanSessionCommandValidator : AbstractValidator<SessionRequest>
{
    public PlanSessionCommandValidator(IStaffDirectory staff)
    {
        RuleFor(r => r.Topic).RequiredLine(Texts.Title);
        RuleFor(r => r.HeldOn).RequiredDate();
        RuleFor(r => r.Trainer).RequiredLine(Texts.Title);
        RuleFor(r => r.Participants).Participants();
        RuleForEach(r => r.Participants).Colleague(staff);
    }
}

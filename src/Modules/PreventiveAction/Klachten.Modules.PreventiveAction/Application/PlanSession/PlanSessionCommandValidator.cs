using FluentValidation;
using Klachten.BuildingBlocks.Application;
using Klachten.Modules.PreventiveAction.Application.Abstractions;

namespace Klachten.Modules.PreventiveAction.Application.PlanSession;

internal sealed class PlanSessionCommandValidator : AbstractValidator<PlanSessionCommand>
{
    public PlanSessionCommandValidator(IStaffDirectory staff)
    {
        RuleFor(c => c.Topic).RequiredText(Texts.Title);
        RuleFor(c => c.HeldOn).RequiredDate();
        RuleFor(c => c.Trainer).RequiredText(Texts.Title);
        RuleFor(c => c.Participants).NotEmpty().WithMessage("Name at least one participant.")
            .Must(p => p is null || p.Count <= 200).WithMessage("At most 200 participants.");
        RuleForEach(c => c.Participants).MaximumLength(100).Colleague(staff);
    }
}

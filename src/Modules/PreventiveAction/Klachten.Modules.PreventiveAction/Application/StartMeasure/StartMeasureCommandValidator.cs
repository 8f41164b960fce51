using FluentValidation;
using Klachten.BuildingBlocks.Application;
using Klachten.Modules.PreventiveAction.Application.Abstractions;

namespace Klachten.Modules.PreventiveAction.Application.StartMeasure;

internal sealed class StartMeasureCommandValidator : AbstractValidator<StartMeasureCommand>
{
    public StartMeasureCommandValidator(IStaffDirectory staff)
    {
        RuleFor(c => c.Owner).MaximumLength(100).Colleague(staff);
        RuleFor(c => c.DueOn).RequiredDate();
        RuleFor(c => c.ReviewOn).RequiredDate();
    }
}

using FluentValidation;
using Klachten.BuildingBlocks.Application;
using Klachten.Modules.PreventiveAction.Application.Abstractions;

namespace Klachten.Modules.PreventiveAction.Application.StartMeasure;

internal sealed class StartMeasureCommandValidator : AbstractValidator<StartRequest>
{
    public StartMeasureCommandValidator(IStaffDirectory staff)
    {
        RuleFor(r => r.Owner).Colleague(staff);
        RuleFor(r => r.DueOn).RequiredDate();
        RuleFor(r => r.ReviewOn).RequiredDate();
    }
}

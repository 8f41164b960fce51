using FluentValidation;
using Klachten.BuildingBlocks.Application;
using Klachten.Modules.Handling.Domain;

namespace Klachten.Modules.Handling.Application.DecideComplaint;

internal sealed class DecideComplaintCommandValidator : AbstractValidator<DecideComplaintCommand>
{
    public DecideComplaintCommandValidator()
    {
        RuleFor(c => c.Outcome).Cascade(CascadeMode.Stop).NotEmpty().EnumName<DecideComplaintCommand, DecisionOutcome>();
        RuleFor(c => c.Reasoning).NotEmpty().MaximumLength(8000);
        RuleFor(c => c.Remedy).MaximumLength(4000);
    }
}

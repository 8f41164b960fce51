using FluentValidation;
using Klachten.BuildingBlocks.Application;
using Klachten.Modules.Handling.Domain;

namespace Klachten.Modules.Handling.Application.DecideComplaint;

internal sealed class DecideComplaintCommandValidator : AbstractValidator<DecisionRequest>
{
    public DecideComplaintCommandValidator()
    {
        RuleFor(c => c.Outcome).Cascade(CascadeMode.Stop).NotEmpty().EnumName<DecisionRequest, DecisionOutcome>();
        RuleFor(c => c.Reasoning).NotEmpty().MaximumLength(8000).MultiLineText();
        RuleFor(c => c.Remedy).MaximumLength(4000).MultiLineText();
    }
}

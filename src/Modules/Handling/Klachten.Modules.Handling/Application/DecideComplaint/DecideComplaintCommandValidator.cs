using FluentValidation;
using Klachten.Modules.Handling.Application.Abstractions;
using Klachten.Modules.Handling.Domain;

namespace Klachten.Modules.Handling.Application.DecideComplaint;

internal sealed class DecideComplaintCommandValidator : AbstractValidator<DecideComplaintCommand>
{
    public DecideComplaintCommandValidator()
    {
        RuleFor(c => c.Outcome).IsEnumName<DecideComplaintCommand, DecisionOutcome>();
        RuleFor(c => c.Reasoning).NotEmpty().MaximumLength(8000);
        RuleFor(c => c.Remedy).MaximumLength(4000);
    }
}

using FluentValidation;

namespace Klachten.Modules.Handling.Application.CloseCase;

internal sealed class CloseCaseCommandValidator : AbstractValidator<ClosureRequest>
{
    public CloseCaseCommandValidator()
    {
        RuleFor(c => c.ComplainantSatisfied).NotNull();
    }
}

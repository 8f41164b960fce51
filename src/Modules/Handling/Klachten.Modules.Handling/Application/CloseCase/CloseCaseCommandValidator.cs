using FluentValidation;

namespace Klachten.Modules.Handling.Application.CloseCase;

internal sealed class CloseCaseCommandValidator : AbstractValidator<CloseCaseCommand>
{
    public CloseCaseCommandValidator()
    {
        RuleFor(c => c.ComplainantSatisfied).NotNull();
    }
}

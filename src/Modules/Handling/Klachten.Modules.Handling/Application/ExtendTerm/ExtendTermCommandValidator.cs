using FluentValidation;

namespace Klachten.Modules.Handling.Application.ExtendTerm;

internal sealed class ExtendTermCommandValidator : AbstractValidator<ExtensionRequest>
{
    public ExtendTermCommandValidator()
    {
        RuleFor(c => c.NewDueOn).NotNull();
        RuleFor(c => c.Reason).NotEmpty().MaximumLength(2000);
    }
}

using FluentValidation;
using Klachten.BuildingBlocks.Application;

namespace Klachten.Modules.Handling.Application.ExtendTerm;

internal sealed class ExtendTermCommandValidator : AbstractValidator<ExtensionRequest>
{
    public ExtendTermCommandValidator()
    {
        RuleFor(c => c.NewDueOn).NotNull();
        RuleFor(c => c.Reason).NotEmpty().MaximumLength(2000).MultiLineText();
        RuleFor(c => c.MessageToComplainant).NotEmpty()
            .WithMessage("The message to the complainant is required: the extension notice tells them why they wait longer.")
            .MaximumLength(2000).MultiLineText();
    }
}

using FluentValidation;
using Klachten.BuildingBlocks.Application;
using Klachten.Modules.Classification.Domain;

namespace Klachten.Modules.Classification.Application.AddReferenceCode;

internal sealed class AddReferenceCodeCommandValidator : AbstractValidator<AddReferenceCodeRequest>
{
    public AddReferenceCodeCommandValidator()
    {
        RuleFor(c => c.Code)
            .NotEmpty()
            .Must(ReferenceCode.IsWellFormed).When(c => !string.IsNullOrEmpty(c.Code), ApplyConditionTo.CurrentValidator)
            .WithMessage($"A code is a PascalCase identifier: a capital letter, then letters and digits only, at most {ReferenceCode.MaxLength} characters (e.g. 'WrongAmount').");
        RuleFor(c => c.Code).SingleLineText();
        RuleFor(c => c.Description)
            .NotEmpty()
            .MaximumLength(ReferenceCode.MaxDescriptionLength)
            .SingleLineText();
    }
}

using FluentValidation;
using Klachten.BuildingBlocks.Application;
using Klachten.Modules.Handling.Domain;

namespace Klachten.Modules.Handling.Application.LogContact;

internal sealed class LogContactCommandValidator : AbstractValidator<ContactRequest>
{
    public LogContactCommandValidator(TimeProvider timeProvider)
    {
        RuleFor(c => c.ContactedAt).NotEmpty()
            .Must(at => Instants.TryParse(at, out _)).WithMessage($"The moment of contact must be {Instants.Expected}.")
            .Must(at => !Instants.TryParse(at, out var instant) || instant <= timeProvider.GetUtcNow().AddMinutes(5))
            .WithMessage("A contact cannot lie in the future.");
        RuleFor(c => c.Channel).Cascade(CascadeMode.Stop).NotEmpty().EnumName<ContactRequest, ContactChannel>();
        RuleFor(c => c.Summary).NotEmpty().MaximumLength(4000).MultiLineText();
        RuleFor(c => c.NextStep).MaximumLength(2000).MultiLineText();
    }
}

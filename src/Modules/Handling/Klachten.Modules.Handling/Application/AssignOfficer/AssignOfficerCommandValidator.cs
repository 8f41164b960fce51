using FluentValidation;

namespace Klachten.Modules.Handling.Application.AssignOfficer;

internal sealed class AssignOfficerCommandValidator : AbstractValidator<AssignOfficerCommand>
{
    public AssignOfficerCommandValidator()
    {
        RuleFor(c => c.Officer).MaximumLength(100).Must(o => o is null || !string.IsNullOrWhiteSpace(o))
            .WithMessage("Officer is a user name; omit it to take the case yourself.");
    }
}

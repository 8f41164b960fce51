using FluentValidation;
using Klachten.BuildingBlocks.Application;

namespace Klachten.Modules.Handling.Application.AssignOfficer;

internal sealed class AssignOfficerCommandValidator : AbstractValidator<AssignOfficerCommand>
{
    public AssignOfficerCommandValidator(IStaffDirectory staff)
    {
        RuleFor(c => c.Officer).MaximumLength(100).Must(o => o is null || (UserNames.IsValid(o) && staff.IsColleague(o)))
            .WithMessage($"Officer must be {UserNames.Description}; omit it to take the case yourself.").SingleLineText();
    }
}

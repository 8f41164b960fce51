using FluentValidation;
using Klachten.BuildingBlocks.Application;
using Klachten.Modules.Handling.Domain;

namespace Klachten.Modules.Handling.Application.RecordReferralOutcome;

internal sealed class RecordReferralOutcomeCommandValidator : AbstractValidator<ReferralOutcomeRequest>
{
    public RecordReferralOutcomeCommandValidator(TimeProvider timeProvider)
    {
        RuleFor(c => c.Outcome).Cascade(CascadeMode.Stop).NotEmpty().EnumName<ReferralOutcomeRequest, ReferralOutcome>();
        RuleFor(c => c.DecidedOn).NotNull()
            .Must(on => on is null || on <= AmsterdamDate.Of(timeProvider.GetUtcNow()))
            .WithMessage("The committee's decision cannot lie in the future.");
    }
}

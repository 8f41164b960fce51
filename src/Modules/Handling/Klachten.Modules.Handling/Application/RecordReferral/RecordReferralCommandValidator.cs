using FluentValidation;
using Klachten.BuildingBlocks.Application;
using Klachten.Modules.Handling.Domain;

namespace Klachten.Modules.Handling.Application.RecordReferral;

internal sealed class RecordReferralCommandValidator : AbstractValidator<ReferralRequest>
{
    public RecordReferralCommandValidator(TimeProvider timeProvider)
    {
        RuleFor(c => c.SubmittedOn).NotNull()
            .Must(on => on is null || on <= AmsterdamDate.Of(timeProvider.GetUtcNow()))
            .WithMessage("A referral cannot be submitted in the future.");
        RuleFor(c => c.Body).MaximumLength(200).SingleLineText();
        RuleFor(c => c.CaseNumber).NotEmpty().MaximumLength(100).SingleLineText();
    }
}

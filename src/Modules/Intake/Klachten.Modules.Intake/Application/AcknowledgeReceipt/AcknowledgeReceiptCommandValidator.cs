using FluentValidation;
using Klachten.Modules.Intake.Domain;

namespace Klachten.Modules.Intake.Application.AcknowledgeReceipt;

internal sealed class AcknowledgeReceiptCommandValidator : AbstractValidator<AcknowledgeReceiptCommand>
{
    public AcknowledgeReceiptCommandValidator() =>
        RuleFor(c => c.Channel)
            .Must(v => v is not null && Enum.GetNames<AcknowledgementChannel>().Contains(v, StringComparer.Ordinal))
            .WithMessage($"The channel must be one of: {string.Join(", ", Enum.GetNames<AcknowledgementChannel>())}.");
}

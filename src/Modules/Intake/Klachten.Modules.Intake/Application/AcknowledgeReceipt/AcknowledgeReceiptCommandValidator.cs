using FluentValidation;
using Klachten.BuildingBlocks.Application;
using Klachten.Modules.Intake.Domain;

namespace Klachten.Modules.Intake.Application.AcknowledgeReceipt;

internal sealed class AcknowledgeReceiptCommandValidator : AbstractValidator<AcknowledgeRequest>
{
    public AcknowledgeReceiptCommandValidator() =>
        RuleFor(c => c.Channel).EnumName<AcknowledgeRequest, AcknowledgementChannel>()
            .WithMessage($"The channel must be one of: {EnumNames.List<AcknowledgementChannel>()}.");
}

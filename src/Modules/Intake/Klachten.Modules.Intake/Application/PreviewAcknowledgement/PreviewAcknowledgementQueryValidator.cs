using FluentValidation;
using Klachten.BuildingBlocks.Application;
using Klachten.BuildingBlocks.Application.Correspondence;
using Klachten.Modules.Intake.Domain;

namespace Klachten.Modules.Intake.Application.PreviewAcknowledgement;

internal sealed class PreviewAcknowledgementQueryValidator : AbstractValidator<PreviewAcknowledgementQuery>
{
    public PreviewAcknowledgementQueryValidator()
    {
        RuleFor(q => q.Channel).OptionalEnumName<PreviewAcknowledgementQuery, AcknowledgementChannel>()
            .WithMessage($"The channel must be one of: {EnumNames.List<AcknowledgementChannel>()}.");
        RuleFor(q => q.Format).OptionalEnumName<PreviewAcknowledgementQuery, LetterFormat>()
            .WithMessage($"The format must be one of: {EnumNames.List<LetterFormat>()}.");
    }
}

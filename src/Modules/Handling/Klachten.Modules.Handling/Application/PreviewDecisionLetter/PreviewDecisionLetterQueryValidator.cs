using FluentValidation;
using Klachten.BuildingBlocks.Application;
using Klachten.BuildingBlocks.Application.Correspondence;
using Klachten.Modules.Handling.Domain;

namespace Klachten.Modules.Handling.Application.PreviewDecisionLetter;

internal sealed class PreviewDecisionLetterQueryValidator : AbstractValidator<PreviewDecisionLetterQuery>
{
    public PreviewDecisionLetterQueryValidator()
    {
        RuleFor(q => q.Channel).OptionalEnumName<PreviewDecisionLetterQuery, CorrespondenceChannel>()
            .WithMessage($"The channel must be one of: {EnumNames.List<CorrespondenceChannel>()}.");
        RuleFor(q => q.Format).OptionalEnumName<PreviewDecisionLetterQuery, LetterFormat>()
            .WithMessage($"The format must be one of: {EnumNames.List<LetterFormat>()}.");
    }
}

using FluentValidation;
using Klachten.BuildingBlocks.Application;
using Klachten.Modules.Analysis.Contracts;
using Klachten.Modules.PreventiveAction.Application.Abstractions;

namespace Klachten.Modules.PreventiveAction.Application.ProposeMeasure;

internal sealed class ProposeMeasureCommandValidator : AbstractValidator<ProposeMeasureCommand>
{
    public ProposeMeasureCommandValidator()
    {
        RuleFor(c => c.RecommendationId).OptionalGuid();
        When(c => string.IsNullOrWhiteSpace(c.RecommendationId), () =>
        {
            RuleFor(c => c.Title).RequiredText(Texts.Title);
            RuleFor(c => c.Kind).EnumName<ProposeMeasureCommand, MeasureKind>();
        }).Otherwise(() =>
        {
            RuleFor(c => c.Title).MaximumLength(Texts.Title);
            RuleFor(c => c.Kind).OptionalEnumName<ProposeMeasureCommand, MeasureKind>();
        });
        RuleFor(c => c.Description).MaximumLength(Texts.Long);
        RuleFor(c => c.Categories).Codes();
        RuleFor(c => c.RootCauses).Codes();
    }
}

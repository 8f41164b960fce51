using FluentValidation;
using Klachten.Modules.Analysis.Contracts;
using Klachten.Modules.PreventiveAction.Application.Abstractions;

namespace Klachten.Modules.PreventiveAction.Application.ProposeMeasure;

internal sealed class ProposeMeasureCommandValidator : AbstractValidator<ProposeMeasureRequest>
{
    public ProposeMeasureCommandValidator()
    {
        RuleFor(r => r.RecommendationId).OptionalGuid();
        When(r => string.IsNullOrWhiteSpace(r.RecommendationId), () =>
        {
            RuleFor(r => r.Title).RequiredLine(Texts.Title);
            RuleFor(r => r.Kind).Choice<ProposeMeasureRequest, MeasureKind>();
        }).Otherwise(() =>
        {
            RuleFor(r => r.Title).OptionalLine(Texts.Title);
            RuleFor(r => r.Kind).OptionalChoice<ProposeMeasureRequest, MeasureKind>();
        });
        RuleFor(r => r.Description).OptionalText(Texts.Long);
        RuleFor(r => r.Categories).Codes();
        RuleForEach(r => r.Categories).Code();
        RuleFor(r => r.RootCauses).Codes();
        RuleForEach(r => r.RootCauses).Code();
    }
}

using FluentValidation;
using Klachten.Modules.PreventiveAction.Application.Abstractions;

namespace Klachten.Modules.PreventiveAction.Application.ReviewEffectiveness;

internal sealed class ReviewEffectivenessCommandValidator : AbstractValidator<EffectivenessReviewRequest>
{
    public ReviewEffectivenessCommandValidator()
    {
        RuleFor(r => r.Effectiveness).Choice<EffectivenessReviewRequest, Domain.Effectiveness>();
        RuleFor(r => r.Notes).RequiredText(Texts.Long);
    }
}

using FluentValidation;
using Klachten.BuildingBlocks.Application;
using Klachten.Modules.PreventiveAction.Application.Abstractions;

namespace Klachten.Modules.PreventiveAction.Application.ReviewEffectiveness;

internal sealed class ReviewEffectivenessCommandValidator : AbstractValidator<ReviewEffectivenessCommand>
{
    public ReviewEffectivenessCommandValidator()
    {
        RuleFor(c => c.Effectiveness).EnumName<ReviewEffectivenessCommand, Domain.Effectiveness>();
        RuleFor(c => c.Notes).RequiredText(Texts.Long);
    }
}

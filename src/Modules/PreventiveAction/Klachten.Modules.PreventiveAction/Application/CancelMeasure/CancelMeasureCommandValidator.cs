using FluentValidation;
using Klachten.Modules.PreventiveAction.Application.Abstractions;

namespace Klachten.Modules.PreventiveAction.Application.CancelMeasure;

internal sealed class CancelMeasureCommandValidator : AbstractValidator<CancelMeasureCommand>
{
    public CancelMeasureCommandValidator() => RuleFor(c => c.Reason).RequiredText(Texts.Long);
}

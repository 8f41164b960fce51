using FluentValidation;
using Klachten.Modules.PreventiveAction.Application.Abstractions;

namespace Klachten.Modules.PreventiveAction.Application.CancelMeasure;

internal sealed class CancelMeasureCommandValidator : AbstractValidator<CancellationRequest>
{
    public CancelMeasureCommandValidator() => RuleFor(r => r.Reason).RequiredText(Texts.Long);
}

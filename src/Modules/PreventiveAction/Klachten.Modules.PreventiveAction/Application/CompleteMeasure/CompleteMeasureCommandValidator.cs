using FluentValidation;
using Klachten.Modules.PreventiveAction.Application.Abstractions;

namespace Klachten.Modules.PreventiveAction.Application.CompleteMeasure;

internal sealed class CompleteMeasureCommandValidator : AbstractValidator<CompleteMeasureCommand>
{
    public CompleteMeasureCommandValidator() => RuleFor(c => c.Result).RequiredText(Texts.Long);
}

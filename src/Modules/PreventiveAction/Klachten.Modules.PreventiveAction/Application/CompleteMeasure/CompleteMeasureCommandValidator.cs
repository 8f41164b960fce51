using FluentValidation;
using Klachten.Modules.PreventiveAction.Application.Abstractions;

namespace Klachten.Modules.PreventiveAction.Application.CompleteMeasure;

internal sealed class CompleteMeasureCommandValidator : AbstractValidator<CompletionRequest>
{
    public CompleteMeasureCommandValidator() => RuleFor(r => r.Result).RequiredText(Texts.Long);
}

using FluentValidation;
using Klachten.Modules.PreventiveAction.Application.Abstractions;

namespace Klachten.Modules.PreventiveAction.Application.RecordProgress;

internal sealed class RecordProgressCommandValidator : AbstractValidator<ProgressRequest>
{
    public RecordProgressCommandValidator() => RuleFor(r => r.Note).RequiredText(Texts.Long);
}

using FluentValidation;
using Klachten.Modules.PreventiveAction.Application.Abstractions;

namespace Klachten.Modules.PreventiveAction.Application.RecordProgress;

internal sealed class RecordProgressCommandValidator : AbstractValidator<RecordProgressCommand>
{
    public RecordProgressCommandValidator() => RuleFor(c => c.Note).RequiredText(Texts.Long);
}

using FluentValidation;
using Klachten.Modules.PreventiveAction.Application.Abstractions;

namespace Klachten.Modules.PreventiveAction.Application.RecordMinutes;

internal sealed class RecordMinutesCommandValidator : AbstractValidator<RecordMinutesCommand>
{
    public RecordMinutesCommandValidator() => RuleFor(c => c.Text).RequiredText(20_000);
}

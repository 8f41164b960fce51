using FluentValidation;
using Klachten.Modules.PreventiveAction.Application.Abstractions;

namespace Klachten.Modules.PreventiveAction.Application.RecordMinutes;

internal sealed class RecordMinutesCommandValidator : AbstractValidator<MinutesRequest>
{
    public const int MinutesMax = 20_000;

    public RecordMinutesCommandValidator() => RuleFor(r => r.Text).RequiredText(MinutesMax);
}

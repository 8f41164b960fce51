using FluentValidation;
using Klachten.Modules.Handling.Application.Abstractions;
using Klachten.Modules.Handling.Domain;

namespace Klachten.Modules.Handling.Application.SendDecisionLetter;

internal sealed class SendDecisionLetterCommandValidator : AbstractValidator<SendDecisionLetterCommand>
{
    public SendDecisionLetterCommandValidator()
    {
        RuleFor(c => c.Channel).IsEnumName<SendDecisionLetterCommand, CorrespondenceChannel>();
    }
}

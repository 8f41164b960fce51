using FluentValidation;
using Klachten.BuildingBlocks.Application;
using Klachten.Modules.Handling.Domain;

namespace Klachten.Modules.Handling.Application.SendDecisionLetter;

internal sealed class SendDecisionLetterCommandValidator : AbstractValidator<DecisionLetterRequest>
{
    public SendDecisionLetterCommandValidator()
    {
        RuleFor(c => c.Channel).Cascade(CascadeMode.Stop).NotEmpty().EnumName<DecisionLetterRequest, CorrespondenceChannel>();
    }
}

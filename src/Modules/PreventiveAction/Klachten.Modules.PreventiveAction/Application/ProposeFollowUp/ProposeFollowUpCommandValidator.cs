using FluentValidation;
using Klachten.Modules.Analysis.Contracts;
using Klachten.Modules.PreventiveAction.Application.Abstractions;

namespace Klachten.Modules.PreventiveAction.Application.ProposeFollowUp;

internal sealed class ProposeFollowUpCommandValidator : AbstractValidator<FollowUpRequest>
{
    public ProposeFollowUpCommandValidator()
    {
        RuleFor(r => r.Title).OptionalLine(Texts.Title);
        RuleFor(r => r.Description).OptionalText(Texts.Long);
        RuleFor(r => r.Kind).OptionalChoice<FollowUpRequest, MeasureKind>();
    }
}

using FluentValidation;
using Klachten.BuildingBlocks.Application;
using Klachten.Modules.Analysis.Contracts;
using Klachten.Modules.PreventiveAction.Application.Abstractions;

namespace Klachten.Modules.PreventiveAction.Application.ProposeFollowUp;

internal sealed class ProposeFollowUpCommandValidator : AbstractValidator<ProposeFollowUpCommand>
{
    public ProposeFollowUpCommandValidator()
    {
        RuleFor(c => c.Title).MaximumLength(Texts.Title);
        RuleFor(c => c.Description).MaximumLength(Texts.Long);
        RuleFor(c => c.Kind).OptionalEnumName<ProposeFollowUpCommand, MeasureKind>();
    }
}

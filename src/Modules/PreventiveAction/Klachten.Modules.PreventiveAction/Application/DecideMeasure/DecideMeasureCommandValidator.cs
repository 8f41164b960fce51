using FluentValidation;
using Klachten.BuildingBlocks.Application;
using Klachten.Modules.PreventiveAction.Application.Abstractions;
using Klachten.Modules.PreventiveAction.Domain;

namespace Klachten.Modules.PreventiveAction.Application.DecideMeasure;

internal sealed class DecideMeasureCommandValidator : AbstractValidator<DecideMeasureCommand>
{
    public DecideMeasureCommandValidator()
    {
        RuleFor(c => c.Decision).EnumName<DecideMeasureCommand, MeasureDecision>();
        RuleFor(c => c.Reasoning).RequiredText(Texts.Long);
        RuleFor(c => c.AnalysisYear).InclusiveBetween(2000, 2200);
        RuleFor(c => c.AnalysisVersion).GreaterThanOrEqualTo(1);
        When(c => EnumNames.TryParse<MeasureDecision>(c.Decision, out var d) && d == MeasureDecision.Approved, () =>
        {
            RuleFor(c => c.AnalysisYear).NotNull().WithMessage("An approval names the published yearly analysis it rests on: its year.");
            RuleFor(c => c.AnalysisVersion).NotNull().WithMessage("An approval names the published yearly analysis it rests on: its version.");
        });
        RuleFor(c => c.AnalysisVersion).NotNull().When(c => c.AnalysisYear is not null).WithMessage("Give the version with the year.");
        RuleFor(c => c.AnalysisYear).NotNull().When(c => c.AnalysisVersion is not null).WithMessage("Give the year with the version.");
        RuleFor(c => c.MeetingId).OptionalGuid();
    }
}

using FluentValidation;
using Klachten.BuildingBlocks.Application;
using Klachten.Modules.PreventiveAction.Application.Abstractions;
using Klachten.Modules.PreventiveAction.Domain;

namespace Klachten.Modules.PreventiveAction.Application.DecideMeasure;

internal sealed class DecideMeasureCommandValidator : AbstractValidator<MeasureDecisionRequest>
{
    public DecideMeasureCommandValidator()
    {
        RuleFor(r => r.Decision).Choice<MeasureDecisionRequest, MeasureDecision>();
        RuleFor(r => r.Reasoning).RequiredText(Texts.Long);
        RuleFor(r => r.AnalysisYear).InclusiveBetween(2000, 2200);
        RuleFor(r => r.AnalysisVersion).GreaterThanOrEqualTo(1);
        When(r => EnumNames.TryParse<MeasureDecision>(r.Decision, out var d) && d == MeasureDecision.Approved, () =>
        {
            RuleFor(r => r.AnalysisYear).NotNull().WithMessage("An approval names the published yearly analysis it rests on: its year.");
            RuleFor(r => r.AnalysisVersion).NotNull()
                .WithMessage("An approval names the published yearly analysis it rests on: its version.");
        });
        RuleFor(r => r.AnalysisVersion).NotNull().When(r => r.AnalysisYear is not null).WithMessage("Give the version with the year.");
        RuleFor(r => r.AnalysisYear).NotNull().When(r => r.AnalysisVersion is not null).WithMessage("Give the year with the version.");
        RuleFor(r => r.MeetingId).OptionalGuid();
    }
}

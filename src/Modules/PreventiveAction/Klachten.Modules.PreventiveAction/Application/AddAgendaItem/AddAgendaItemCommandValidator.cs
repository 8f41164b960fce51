using FluentValidation;
using Klachten.BuildingBlocks.Application;
using Klachten.Modules.PreventiveAction.Application.Abstractions;
using Klachten.Modules.PreventiveAction.Domain;

namespace Klachten.Modules.PreventiveAction.Application.AddAgendaItem;

internal sealed class AddAgendaItemCommandValidator : AbstractValidator<AgendaItemRequest>
{
    public AddAgendaItemCommandValidator()
    {
        RuleFor(r => r.Kind).Choice<AgendaItemRequest, AgendaItemKind>();
        RuleFor(r => r.ReportId).OptionalGuid();
        RuleFor(r => r.MeasureId).OptionalGuid();
        RuleFor(r => r.AnalysisYear).InclusiveBetween(2000, 2200);
        RuleFor(r => r.AnalysisVersion).GreaterThanOrEqualTo(1);
        When(r => Is(r, AgendaItemKind.PeriodReport),
            () => RuleFor(r => r.ReportId).NotEmpty().WithMessage("A period report item names its reportId."));
        When(r => Is(r, AgendaItemKind.YearlyAnalysis), () =>
        {
            RuleFor(r => r.AnalysisYear).NotNull().WithMessage("A yearly analysis item names its year.");
            RuleFor(r => r.AnalysisVersion).NotNull().WithMessage("A yearly analysis item names its published version.");
        });
        When(r => Is(r, AgendaItemKind.MeasureToDecide) || Is(r, AgendaItemKind.MeasureToPresent),
            () => RuleFor(r => r.MeasureId).NotEmpty().WithMessage("A measure item names its measureId."));
    }

    private static bool Is(AgendaItemRequest request, AgendaItemKind kind) =>
        EnumNames.TryParse<AgendaItemKind>(request.Kind, out var parsed) && parsed == kind;
}

using FluentValidation;
using Klachten.BuildingBlocks.Application;
using Klachten.Modules.PreventiveAction.Application.Abstractions;
using Klachten.Modules.PreventiveAction.Domain;

namespace Klachten.Modules.PreventiveAction.Application.AddAgendaItem;

internal sealed class AddAgendaItemCommandValidator : AbstractValidator<AddAgendaItemCommand>
{
    public AddAgendaItemCommandValidator()
    {
        RuleFor(c => c.Kind).EnumName<AddAgendaItemCommand, AgendaItemKind>();
        RuleFor(c => c.ReportId).OptionalGuid();
        RuleFor(c => c.MeasureId).OptionalGuid();
        RuleFor(c => c.AnalysisYear).InclusiveBetween(2000, 2200);
        RuleFor(c => c.AnalysisVersion).GreaterThanOrEqualTo(1);
        When(c => Is(c, AgendaItemKind.PeriodReport),
            () => RuleFor(c => c.ReportId).NotEmpty().WithMessage("A period report item names its reportId."));
        When(c => Is(c, AgendaItemKind.YearlyAnalysis), () =>
        {
            RuleFor(c => c.AnalysisYear).NotNull().WithMessage("A yearly analysis item names its year.");
            RuleFor(c => c.AnalysisVersion).NotNull().WithMessage("A yearly analysis item names its published version.");
        });
        When(c => Is(c, AgendaItemKind.MeasureToDecide) || Is(c, AgendaItemKind.MeasureToPresent),
            () => RuleFor(c => c.MeasureId).NotEmpty().WithMessage("A measure item names its measureId."));
    }

    private static bool Is(AddAgendaItemCommand command, AgendaItemKind kind) =>
        EnumNames.TryParse<AgendaItemKind>(command.Kind, out var parsed) && parsed == kind;
}

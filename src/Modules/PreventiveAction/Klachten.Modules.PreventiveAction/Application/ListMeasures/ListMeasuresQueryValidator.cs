using FluentValidation;
using Klachten.BuildingBlocks.Application;
using Klachten.Modules.Analysis.Contracts;
using Klachten.Modules.PreventiveAction.Domain;

namespace Klachten.Modules.PreventiveAction.Application.ListMeasures;

internal sealed class ListMeasuresQueryValidator : AbstractValidator<ListMeasuresQuery>
{
    public ListMeasuresQueryValidator()
    {
        RuleFor(q => q.Status).OptionalEnumName<ListMeasuresQuery, MeasureStatus>();
        RuleFor(q => q.Kind).OptionalEnumName<ListMeasuresQuery, MeasureKind>();
        RuleFor(q => q.Owner).MaximumLength(100);
        RuleFor(q => q.Overdue).TrueOrFalse();
        RuleFor(q => q.Year).WholeNumber(2000, 2200);
        this.AddPagingRules();
    }
}

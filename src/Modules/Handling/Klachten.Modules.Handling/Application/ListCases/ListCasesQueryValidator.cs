using FluentValidation;
using Klachten.BuildingBlocks.Application;
using Klachten.Modules.Handling.Domain;

namespace Klachten.Modules.Handling.Application.ListCases;

/// <summary>Every bad query value is named in one 400 (framework binding would stop at the first and name none).</summary>
internal sealed class ListCasesQueryValidator : AbstractValidator<ListCasesQuery>
{
    public ListCasesQueryValidator()
    {
        RuleFor(q => q.Status).OptionalEnumName<ListCasesQuery, CaseStatus>()
            .WithMessage($"The status must be one of: {EnumNames.List<CaseStatus>()}.");
        RuleFor(q => q.AssignedTo).UserFilter();
        RuleFor(q => q.Overdue).TrueOrFalse();
        RuleFor(q => q.Unassigned).TrueOrFalse();
        RuleFor(q => q.Unassigned)
            .Must(unassigned => QueryValues.Boolean(unassigned) != true)
            .When(q => !string.IsNullOrWhiteSpace(q.AssignedTo) && QueryValues.IsBoolean(q.Unassigned))
            .WithMessage("unassigned=true and assignedTo exclude each other.");
        RuleFor(q => q.SettlementDueBefore).IsoDate();
        RuleFor(q => q.Reference).SearchText(1, 20);
        RuleFor(q => q.CollectionAgent).UserNameFilter();
        this.AddPagingRules();
    }
}

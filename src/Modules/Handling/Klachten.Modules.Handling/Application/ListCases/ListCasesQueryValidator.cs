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
        RuleFor(q => q.Officer).MaximumLength(100).SingleLineText()
            .Must(o => UserNames.IsValid(o!.Trim())).WithMessage($"The officer must be {UserNames.Description}.")
            .When(q => !string.IsNullOrWhiteSpace(q.Officer));
        RuleFor(q => q.Overdue).TrueOrFalse();
        this.AddPagingRules();
    }
}

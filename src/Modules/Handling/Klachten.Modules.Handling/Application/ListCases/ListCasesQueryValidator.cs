using FluentValidation;
using Klachten.Modules.Handling.Application.Abstractions;
using Klachten.Modules.Handling.Domain;

namespace Klachten.Modules.Handling.Application.ListCases;

internal sealed class ListCasesQueryValidator : AbstractValidator<ListCasesQuery>
{
    public ListCasesQueryValidator()
    {
        When(q => q.Status is not null, () => RuleFor(q => q.Status).IsEnumName<ListCasesQuery, CaseStatus>());
        RuleFor(q => q.Page).GreaterThanOrEqualTo(1);
        RuleFor(q => q.PageSize).InclusiveBetween(1, 200);
    }
}

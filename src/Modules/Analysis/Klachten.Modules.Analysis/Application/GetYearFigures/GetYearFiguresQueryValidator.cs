using FluentValidation;
using Klachten.Modules.Analysis.Application.Abstractions;

namespace Klachten.Modules.Analysis.Application.GetYearFigures;

internal sealed class GetYearFiguresQueryValidator : AbstractValidator<GetYearFiguresQuery>
{
    public GetYearFiguresQueryValidator(TimeProvider time) => RuleFor(q => q.Year).Year(time);
}

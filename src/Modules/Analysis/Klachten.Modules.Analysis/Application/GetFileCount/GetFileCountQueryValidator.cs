using FluentValidation;
using Klachten.Modules.Analysis.Application.Abstractions;

namespace Klachten.Modules.Analysis.Application.GetFileCount;

internal sealed class GetFileCountQueryValidator : AbstractValidator<GetFileCountQuery>
{
    public GetFileCountQueryValidator(TimeProvider time) => RuleFor(q => q.Year).Year(time);
}

using FluentValidation;

namespace Klachten.Modules.Classification.Application.GetClassificationQueue;

internal sealed class GetClassificationQueueQueryValidator : AbstractValidator<GetClassificationQueueQuery>
{
    public const int MaxPageSize = 200;

    public GetClassificationQueueQueryValidator()
    {
        RuleFor(q => q.Page).GreaterThanOrEqualTo(1);
        RuleFor(q => q.PageSize).InclusiveBetween(1, MaxPageSize);
    }
}

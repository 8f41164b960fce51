using FluentValidation;
using Klachten.BuildingBlocks.Application;

namespace Klachten.Modules.Classification.Application.GetClassificationQueue;

internal sealed class GetClassificationQueueQueryValidator : AbstractValidator<GetClassificationQueueQuery>
{
    public GetClassificationQueueQueryValidator()
    {
        RuleFor(q => q.Page).WholeNumber(1, GetClassificationQueueQuery.MaxPage);
        RuleFor(q => q.PageSize).WholeNumber(1, GetClassificationQueueQuery.MaxPageSize);
    }
}

using FluentValidation;
using Klachten.BuildingBlocks.Application;

namespace Klachten.Modules.Classification.Application.GetClassificationQueue;

internal sealed class GetClassificationQueueQueryValidator : AbstractValidator<GetClassificationQueueQuery>
{
    public GetClassificationQueueQueryValidator() => this.AddPagingRules();
}

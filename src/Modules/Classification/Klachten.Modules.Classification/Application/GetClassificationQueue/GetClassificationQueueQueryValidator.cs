using FluentValidation;
using Klachten.BuildingBlocks.Application;

namespace Klachten.Modules.Classification.Application.GetClassificationQueue;

internal sealed class GetClassificationQueueQueryValidator : AbstractValidator<GetClassificationQueueQuery>
{
    public GetClassificationQueueQueryValidator()
    {
        this.AddPagingRules();
        RuleFor(q => q.AssignedTo).UserFilter();
        RuleFor(q => q.Unassigned).TrueOrFalse();
        RuleFor(q => q.Unassigned)
            .Must(unassigned => QueryValues.Boolean(unassigned) != true)
            .When(q => !string.IsNullOrWhiteSpace(q.AssignedTo) && QueryValues.IsBoolean(q.Unassigned))
            .WithMessage("unassigned=true and assignedTo exclude each other.");
        RuleFor(q => q.Reference).SearchText(1, 20);
    }
}

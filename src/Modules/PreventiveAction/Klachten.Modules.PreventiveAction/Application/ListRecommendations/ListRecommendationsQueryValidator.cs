using FluentValidation;
using Klachten.BuildingBlocks.Application;

namespace Klachten.Modules.PreventiveAction.Application.ListRecommendations;

internal sealed class ListRecommendationsQueryValidator : AbstractValidator<ListRecommendationsQuery>
{
    public ListRecommendationsQueryValidator() => RuleFor(q => q.Year).WholeNumber(2000, 2200);
}

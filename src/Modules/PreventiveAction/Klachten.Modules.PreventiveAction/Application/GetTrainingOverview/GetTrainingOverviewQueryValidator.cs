using FluentValidation;
using Klachten.BuildingBlocks.Application;
using Klachten.Modules.PreventiveAction.Application.Abstractions;

namespace Klachten.Modules.PreventiveAction.Application.GetTrainingOverview;

internal sealed class GetTrainingOverviewQueryValidator : AbstractValidator<GetTrainingOverviewQuery>
{
    public GetTrainingOverviewQueryValidator() =>
        RuleFor(q => q.Year).Must(y => !string.IsNullOrWhiteSpace(y)).WithMessage("Required.").WholeNumber(2000, 2200);
}

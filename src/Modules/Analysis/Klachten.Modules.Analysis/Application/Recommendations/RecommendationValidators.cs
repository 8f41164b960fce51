using FluentValidation;
using Klachten.BuildingBlocks.Application;
using Klachten.Modules.Analysis.Application.Abstractions;
using Klachten.Modules.Analysis.Contracts;
using Klachten.Modules.Classification.Contracts;

namespace Klachten.Modules.Analysis.Application.Recommendations;

internal static class RecommendationRules
{
    public static void AddRecommendationRules<T>(this AbstractValidator<T> validator, IClassificationCodes codes, TimeProvider time)
        where T : IRecommendationInput
    {
        validator.RuleFor(c => c.Year).Year(time);
        validator.RuleFor(c => c.Text).NotEmpty().WithMessage("Write the recommendation.")
            .MaximumLength(Domain.Recommendation.MaxTextLength);
        validator.RuleForEach(c => c.Categories).KnownCategory(codes);
        validator.RuleForEach(c => c.RootCauses).KnownRootCause(codes);
        validator.RuleFor(c => c.SuggestedKind).EnumName<T, MeasureKind>();
    }
}

internal sealed class AddRecommendationCommandValidator : AbstractValidator<AddRecommendationCommand>
{
    public AddRecommendationCommandValidator(IClassificationCodes codes, TimeProvider time) => this.AddRecommendationRules(codes, time);
}

internal sealed class UpdateRecommendationCommandValidator : AbstractValidator<UpdateRecommendationCommand>
{
    public UpdateRecommendationCommandValidator(IClassificationCodes codes, TimeProvider time) => this.AddRecommendationRules(codes, time);
}

internal sealed class WithdrawRecommendationCommandValidator : AbstractValidator<WithdrawRecommendationCommand>
{
    public WithdrawRecommendationCommandValidator(TimeProvider time) => RuleFor(c => c.Year).Year(time);
}

internal sealed class ListRecommendationsQueryValidator : AbstractValidator<ListRecommendationsQuery>
{
    public ListRecommendationsQueryValidator(TimeProvider time) => RuleFor(c => c.Year).Year(time);
}

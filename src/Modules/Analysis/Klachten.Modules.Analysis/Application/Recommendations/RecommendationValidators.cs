using FluentValidation;
using Klachten.BuildingBlocks.Application;
using Klachten.Modules.Analysis.Application.Abstractions;
using Klachten.Modules.Analysis.Contracts;
using Klachten.Modules.Classification.Contracts;

namespace Klachten.Modules.Analysis.Application.Recommendations;

internal static class RecommendationRules
{
    public static void AddRecommendationRules(this AbstractValidator<RecommendationRequest> validator, IClassificationCodes codes, TimeProvider time)
    {
        validator.RuleFor(c => c.Year).Year(time);
        validator.RuleFor(c => c.Text).NotEmpty().WithMessage("Write the recommendation.")
            .MaximumLength(Domain.Recommendation.MaxTextLength).MultiLineText();
        validator.RuleForEach(c => c.Categories).KnownCategory(codes).SingleLineText();
        validator.RuleForEach(c => c.RootCauses).KnownRootCause(codes).SingleLineText();
        validator.RuleFor(c => c.SuggestedKind).EnumName<RecommendationRequest, MeasureKind>();
    }
}

/// <summary>Checks a recommendation as sent, for adding and for changing it.</summary>
internal sealed class AddRecommendationCommandValidator : AbstractValidator<RecommendationRequest>
{
    public AddRecommendationCommandValidator(IClassificationCodes codes, TimeProvider time) => this.AddRecommendationRules(codes, time);
}

internal sealed class WithdrawRecommendationCommandValidator : AbstractValidator<WithdrawRecommendationRequest>
{
    public WithdrawRecommendationCommandValidator(TimeProvider time) => RuleFor(c => c.Year).Year(time);
}

internal sealed class ListRecommendationsQueryValidator : AbstractValidator<ListRecommendationsQuery>
{
    public ListRecommendationsQueryValidator(TimeProvider time) => RuleFor(c => c.Year).Year(time);
}

internal sealed class GetRecommendationQueryValidator : AbstractValidator<GetRecommendationQuery>
{
    public GetRecommendationQueryValidator(TimeProvider time) => RuleFor(c => c.Year).Year(time);
}

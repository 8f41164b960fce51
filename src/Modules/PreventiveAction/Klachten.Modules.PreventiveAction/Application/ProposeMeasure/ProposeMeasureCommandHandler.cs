using Klachten.BuildingBlocks.Application;
using Klachten.BuildingBlocks.Domain;
using Klachten.Modules.Analysis.Contracts;
using Klachten.Modules.PreventiveAction.Application.Abstractions;
using Klachten.Modules.PreventiveAction.Domain;

namespace Klachten.Modules.PreventiveAction.Application.ProposeMeasure;

internal sealed class ProposeMeasureCommandHandler(
    IMeasureRepository measures, IRecommendationRepository recommendations, ICurrentUser user, IAuditTrail audit, TimeProvider timeProvider)
    : ICommandHandler<ProposeMeasureCommand, MeasureStepResult>
{
    public async Task<MeasureStepResult> Handle(ProposeMeasureCommand command, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        StoredRecommendation? recommendation = null;
        if (command.RecommendationId is { } recommendationId)
        {
            recommendation = await recommendations.GetForUpdateAsync(recommendationId, cancellationToken)
                ?? throw new NotFoundException("Recommendation", recommendationId);
            if (recommendation.MeasureId is { } taken)
            {
                throw new DomainRuleException(MeasureErrors.RecommendationTaken,
                    $"Measure {taken} was already proposed from this recommendation.");
            }
        }

        var categories = command.Categories ?? recommendation?.Categories ?? [];
        var rootCauses = command.RootCauses ?? recommendation?.RootCauses ?? [];
        var addressed = recommendation is null
            ? Addressed.Codes(categories, rootCauses)
            : new Addressed(recommendation.RecommendationId, new AnalysisReference(recommendation.AnalysisYear,
                recommendation.AnalysisVersion), categories, rootCauses);
        var title = command.Title ?? Shorten(recommendation!.Text);
        var description = command.Description ?? recommendation?.Text ?? "";
        var kind = command.Kind ?? recommendation!.SuggestedKind;

        var reference = await measures.NextReferenceAsync(AmsterdamDate.Of(now).Year, cancellationToken);
        var measure = Measure.Propose(Guid.CreateVersion7(now), reference, title, description, kind, addressed, null, user.UserName, now);
        await measures.AddAsync(measure, cancellationToken);
        if (recommendation is not null)
        {
            await recommendations.MarkTakenAsync(recommendation.RecommendationId, measure.Id, cancellationToken);
        }

        await audit.RecordAsync(new AuditEntry(MeasureAccess.Module, "MeasureProposed", MeasureAccess.Subject, measure.Id.ToString(),
            new { measure.Reference, Kind = kind, addressed.RecommendationId }), cancellationToken);
        return MeasureStepResult.Of(measure);
    }

    private static string Shorten(string text) => text.Length <= Texts.Title ? text : $"{text[..(Texts.Title - 1)].TrimEnd()}…";
}

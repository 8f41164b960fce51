using Klachten.BuildingBlocks.Application;
using Klachten.Modules.Analysis.Contracts;
using Klachten.Modules.PreventiveAction.Application.Abstractions;

namespace Klachten.Modules.PreventiveAction.Application.RecordRecommendations;

/// <summary>
/// Keeps every recommendation of a published yearly analysis, keyed by its id, for the quality manager to turn into a proposal.
/// Delivered again, or superseded by an earlier version arriving late, it changes nothing, so no inbox record is needed.
/// </summary>
internal sealed class YearlyAnalysisPublishedHandler(IRecommendationRepository recommendations, IAuditTrail audit,
    TimeProvider timeProvider)
    : IIntegrationEventHandler<YearlyAnalysisPublished>, IIdempotentIntegrationEventHandler
{
    public async Task Handle(YearlyAnalysisPublished integrationEvent, CancellationToken cancellationToken)
    {
        var added = await recommendations.StoreAsync(integrationEvent, timeProvider.GetUtcNow(), cancellationToken);
        if (added > 0)
        {
            await audit.RecordAsync(new AuditEntry(MeasureAccess.Module, "RecommendationsReceived", "YearlyAnalysis",
                $"{integrationEvent.Year}/{integrationEvent.Version}", new { Added = added }, Actor: "system"), cancellationToken);
        }
    }
}

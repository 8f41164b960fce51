using Klachten.BuildingBlocks.Application;
using Klachten.BuildingBlocks.Calendar;
using Klachten.Modules.Analysis.Application.Abstractions;
using Klachten.Modules.Classification.Contracts;
using Klachten.Modules.Handling.Contracts;
using Klachten.Modules.Intake.Contracts;

namespace Klachten.Modules.Analysis.Application.ProjectComplaintFacts;

/// <summary>The classification: the latest version wins, an earlier one arriving late changes nothing. Idempotent and order-independent (see IComplaintFacts): no inbox record.</summary>
internal sealed class ComplaintClassifiedHandler(IComplaintFacts facts) : IIntegrationEventBatchHandler<ComplaintClassified>, IIdempotentIntegrationEventHandler
{
    public Task Handle(IReadOnlyList<ComplaintClassified> integrationEvents, CancellationToken cancellationToken) =>
        facts.ClassifiedAsync(Latest.PerComplaint(integrationEvents, e => e.ComplaintId, e => e.Version, e => new ClassificationFact(
            e.ComplaintId, e.Reference, e.Version, e.Categories, e.RootCause)), cancellationToken);
}

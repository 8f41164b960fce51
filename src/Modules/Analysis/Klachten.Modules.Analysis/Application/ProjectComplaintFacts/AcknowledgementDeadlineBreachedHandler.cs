using Klachten.BuildingBlocks.Application;
using Klachten.BuildingBlocks.Calendar;
using Klachten.Modules.Analysis.Application.Abstractions;
using Klachten.Modules.Classification.Contracts;
using Klachten.Modules.Handling.Contracts;
using Klachten.Modules.Intake.Contracts;

namespace Klachten.Modules.Analysis.Application.ProjectComplaintFacts;

/// <summary>A breach of the acknowledgement term. Idempotent and order-independent (see IComplaintFacts): no inbox record.</summary>
internal sealed class AcknowledgementDeadlineBreachedHandler(IComplaintFacts facts) : IIntegrationEventBatchHandler<AcknowledgementDeadlineBreached>, IIdempotentIntegrationEventHandler
{
    public Task Handle(IReadOnlyList<AcknowledgementDeadlineBreached> integrationEvents, CancellationToken cancellationToken) =>
        facts.AcknowledgementBreachedAsync(Latest.PerComplaint(integrationEvents, e => e.ComplaintId, e => e.RecordedAt,
            e => new BreachFact(e.ComplaintId, e.Reference, e.RecordedAt)), cancellationToken);
}

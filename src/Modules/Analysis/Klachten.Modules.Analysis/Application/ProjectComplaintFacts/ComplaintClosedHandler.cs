using Klachten.BuildingBlocks.Application;
using Klachten.BuildingBlocks.Calendar;
using Klachten.Modules.Analysis.Application.Abstractions;
using Klachten.Modules.Classification.Contracts;
using Klachten.Modules.Handling.Contracts;
using Klachten.Modules.Intake.Contracts;

namespace Klachten.Modules.Analysis.Application.ProjectComplaintFacts;

/// <summary>The closure: the handled form is complete. Idempotent and order-independent (see IComplaintFacts): no inbox record.</summary>
internal sealed class ComplaintClosedHandler(IComplaintFacts facts) : IIntegrationEventBatchHandler<ComplaintClosed>, IIdempotentIntegrationEventHandler
{
    public Task Handle(IReadOnlyList<ComplaintClosed> integrationEvents, CancellationToken cancellationToken) =>
        facts.ClosedAsync(Latest.PerComplaint(integrationEvents, e => e.ComplaintId, e => e.ClosedAt, e => new ClosureFact(
            e.ComplaintId, e.Reference, e.ClosedAt, AmsterdamTime.LocalDate(e.ClosedAt), e.ComplainantSatisfied)), cancellationToken);
}

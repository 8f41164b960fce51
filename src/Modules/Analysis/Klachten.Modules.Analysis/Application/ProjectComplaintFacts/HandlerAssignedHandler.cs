using Klachten.BuildingBlocks.Application;
using Klachten.BuildingBlocks.Calendar;
using Klachten.Modules.Analysis.Application.Abstractions;
using Klachten.Modules.Classification.Contracts;
using Klachten.Modules.Handling.Contracts;
using Klachten.Modules.Intake.Contracts;

namespace Klachten.Modules.Analysis.Application.ProjectComplaintFacts;

/// <summary>The officer: the latest assignment wins. Idempotent and order-independent (see IComplaintFacts): no inbox record.</summary>
internal sealed class HandlerAssignedHandler(IComplaintFacts facts) : IIntegrationEventBatchHandler<HandlerAssigned>, IIdempotentIntegrationEventHandler
{
    public Task Handle(IReadOnlyList<HandlerAssigned> integrationEvents, CancellationToken cancellationToken) =>
        facts.AssignedAsync(Latest.PerComplaint(integrationEvents, e => e.ComplaintId, e => e.AssignedAt,
            e => new AssignmentFact(e.ComplaintId, e.Officer, e.AssignedAt)), cancellationToken);
}

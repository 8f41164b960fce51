using Klachten.BuildingBlocks.Application;
using Klachten.BuildingBlocks.Calendar;
using Klachten.Modules.Analysis.Application.Abstractions;
using Klachten.Modules.Classification.Contracts;
using Klachten.Modules.Handling.Contracts;
using Klachten.Modules.Intake.Contracts;

namespace Klachten.Modules.Analysis.Application.ProjectComplaintFacts;

/// <summary>The extension of the settlement term. Idempotent and order-independent (see IComplaintFacts): no inbox record.</summary>
internal sealed class SettlementTermExtendedHandler(IComplaintFacts facts) : IIntegrationEventBatchHandler<SettlementTermExtended>, IIdempotentIntegrationEventHandler
{
    public Task Handle(IReadOnlyList<SettlementTermExtended> integrationEvents, CancellationToken cancellationToken) =>
        facts.ExtendedAsync(Latest.PerComplaint(integrationEvents, e => e.ComplaintId, e => e.ExtendedAt,
            e => new ExtensionFact(e.ComplaintId, e.Reference, e.ExtendedAt, e.NewDueOn)), cancellationToken);
}

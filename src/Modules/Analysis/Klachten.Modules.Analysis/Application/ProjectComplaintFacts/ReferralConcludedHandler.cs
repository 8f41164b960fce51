using Klachten.BuildingBlocks.Application;
using Klachten.BuildingBlocks.Calendar;
using Klachten.Modules.Analysis.Application.Abstractions;
using Klachten.Modules.Classification.Contracts;
using Klachten.Modules.Handling.Contracts;
using Klachten.Modules.Intake.Contracts;

namespace Klachten.Modules.Analysis.Application.ProjectComplaintFacts;

/// <summary>The disputes committee's outcome. Idempotent and order-independent (see IComplaintFacts): no inbox record.</summary>
internal sealed class ReferralConcludedHandler(IComplaintFacts facts) : IIntegrationEventBatchHandler<ReferralConcluded>, IIdempotentIntegrationEventHandler
{
    public Task Handle(IReadOnlyList<ReferralConcluded> integrationEvents, CancellationToken cancellationToken) =>
        facts.ReferralConcludedAsync(Latest.PerComplaint(integrationEvents, e => e.ComplaintId, e => e.DecidedOn,
            e => new ReferralOutcomeFact(e.ComplaintId, e.Reference, e.Outcome.ToString(), e.SubmittedOn, e.DecidedOn)), cancellationToken);
}

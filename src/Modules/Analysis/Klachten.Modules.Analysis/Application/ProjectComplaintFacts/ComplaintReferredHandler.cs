using Klachten.BuildingBlocks.Application;
using Klachten.BuildingBlocks.Calendar;
using Klachten.Modules.Analysis.Application.Abstractions;
using Klachten.Modules.Classification.Contracts;
using Klachten.Modules.Handling.Contracts;
using Klachten.Modules.Intake.Contracts;

namespace Klachten.Modules.Analysis.Application.ProjectComplaintFacts;

/// <summary>The referral to the disputes committee. Idempotent and order-independent (see IComplaintFacts): no inbox record.</summary>
internal sealed class ComplaintReferredHandler(IComplaintFacts facts) : IIntegrationEventBatchHandler<ComplaintReferred>, IIdempotentIntegrationEventHandler
{
    public Task Handle(IReadOnlyList<ComplaintReferred> integrationEvents, CancellationToken cancellationToken) =>
        facts.ReferredAsync(Latest.PerComplaint(integrationEvents, e => e.ComplaintId, e => e.RecordedAt,
            e => new ReferralFact(e.ComplaintId, e.Reference, e.SubmittedOn, e.RecordedAt)), cancellationToken);
}

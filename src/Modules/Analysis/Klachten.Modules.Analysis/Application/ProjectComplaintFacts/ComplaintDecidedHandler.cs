using Klachten.BuildingBlocks.Application;
using Klachten.BuildingBlocks.Calendar;
using Klachten.Modules.Analysis.Application.Abstractions;
using Klachten.Modules.Classification.Contracts;
using Klachten.Modules.Handling.Contracts;
using Klachten.Modules.Intake.Contracts;

namespace Klachten.Modules.Analysis.Application.ProjectComplaintFacts;

/// <summary>The decision as communicated in writing, with the term in force. Idempotent and order-independent (see IComplaintFacts): no inbox record.</summary>
internal sealed class ComplaintDecidedHandler(IComplaintFacts facts) : IIntegrationEventBatchHandler<ComplaintDecided>, IIdempotentIntegrationEventHandler
{
    public Task Handle(IReadOnlyList<ComplaintDecided> integrationEvents, CancellationToken cancellationToken) =>
        facts.DecidedAsync(Latest.PerComplaint(integrationEvents, e => e.ComplaintId, e => e.DecisionLetterSentAt, e => new DecisionFact(
            e.ComplaintId, e.Reference, e.Outcome.ToString(), e.Officer, e.DecisionLetterSentAt, e.DecisionLetterSentOn, e.SettlementDueOn,
            e.ReceivedOn)), cancellationToken);
}

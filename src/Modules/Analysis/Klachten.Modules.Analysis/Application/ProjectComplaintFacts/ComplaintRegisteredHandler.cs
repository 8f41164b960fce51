using Klachten.BuildingBlocks.Application;
using Klachten.BuildingBlocks.Calendar;
using Klachten.Modules.Analysis.Application.Abstractions;
using Klachten.Modules.Classification.Contracts;
using Klachten.Modules.Handling.Contracts;
using Klachten.Modules.Intake.Contracts;

namespace Klachten.Modules.Analysis.Application.ProjectComplaintFacts;

/// <summary>The registration fills the row (once); the file number is kept only as its key. Idempotent and order-independent (see IComplaintFacts): no inbox record.</summary>
internal sealed class ComplaintRegisteredHandler(IComplaintFacts facts, IFileKeys fileKeys) : IIntegrationEventBatchHandler<ComplaintRegistered>, IIdempotentIntegrationEventHandler
{
    public Task Handle(IReadOnlyList<ComplaintRegistered> integrationEvents, CancellationToken cancellationToken) =>
        facts.RegisteredAsync(Latest.PerComplaint(integrationEvents, e => e.ComplaintId, e => e.ReceivedAt, e => new RegistrationFact(
            e.ComplaintId, e.Reference, e.ReceivedAt, e.ReceivedOn, e.ComplainantType.ToString(), e.Channel.ToString(), e.CollectionAgent,
            fileKeys.KeyOf(e.FileNumber), e.AcknowledgementDueOn, e.SettlementDueOn)), cancellationToken);
}

using Klachten.BuildingBlocks.Application;
using Klachten.Modules.Classification.Contracts;
using Klachten.Modules.Intake.Contracts;

namespace Klachten.Modules.Classification.Application.QueueRegisteredComplaint;

/// <summary>
/// Every registered complaint enters the quality manager's classification queue. The inbox already stops a redelivered
/// event; the insert is idempotent as well (ON CONFLICT DO NOTHING), so even a second event for the same complaint adds nothing.
/// </summary>
internal sealed class ComplaintRegisteredHandler(IClassificationRepository classifications, IAuditTrail auditTrail, TimeProvider timeProvider)
    : IIntegrationEventHandler<ComplaintRegistered>
{
    public async Task Handle(ComplaintRegistered integrationEvent, CancellationToken cancellationToken)
    {
        var added = await classifications.AddToQueueAsync(integrationEvent.ComplaintId, integrationEvent.Reference,
            integrationEvent.ReceivedAt, integrationEvent.ReceivedOn, timeProvider.GetUtcNow(), cancellationToken);
        if (added)
        {
            await auditTrail.RecordAsync(new AuditEntry(ClassificationContracts.ModuleName, "QueuedForClassification", "Complaint",
                integrationEvent.ComplaintId.ToString(), new { integrationEvent.Reference }), cancellationToken);
        }
    }
}

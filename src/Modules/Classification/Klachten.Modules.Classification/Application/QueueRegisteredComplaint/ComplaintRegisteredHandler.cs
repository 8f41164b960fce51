using Klachten.BuildingBlocks.Application;
using Klachten.Modules.Classification.Application.Abstractions;
using Klachten.Modules.Classification.Contracts;
using Klachten.Modules.Intake.Contracts;

namespace Klachten.Modules.Classification.Application.QueueRegisteredComplaint;

/// <summary>
/// Every registered complaint enters the quality manager's classification queue. A delivery batch is queued in one
/// statement. The insert is keyed by the complaint (ON CONFLICT DO NOTHING) and only what it added is audited, so a
/// redelivered event, or a second event for the same complaint, adds and records nothing: no inbox record is needed.
/// </summary>
internal sealed class ComplaintRegisteredHandler(
    IClassificationRepository classifications, IAuditTrail auditTrail, TimeProvider timeProvider)
    : IIntegrationEventBatchHandler<ComplaintRegistered>, IIdempotentIntegrationEventHandler
{
    public async Task Handle(IReadOnlyList<ComplaintRegistered> integrationEvents, CancellationToken cancellationToken)
    {
        var added = await classifications.AddToQueueAsync(
            integrationEvents.Select(e => new QueueEntry(e.ComplaintId, e.Reference, e.ReceivedAt, e.ReceivedOn)).ToList(),
            timeProvider.GetUtcNow(), cancellationToken);
        await auditTrail.RecordAsync(integrationEvents
            .Where(e => added.Contains(e.ComplaintId))
            .Select(e => new AuditEntry(ClassificationContracts.ModuleName, "QueuedForClassification", "Complaint", e.ComplaintId.ToString(),
                new { e.Reference }))
            .ToList(), cancellationToken);
    }
}

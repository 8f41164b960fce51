using Klachten.BuildingBlocks.Application;
using Klachten.Modules.Classification.Application.Abstractions;
using Klachten.Modules.Classification.Contracts;
using Klachten.Modules.Handling.Contracts;

namespace Klachten.Modules.Classification.Application.RecordHandlingOfficer;

/// <summary>
/// Handling tells who handles a complaint; that complaints officer may then read its classification (geheimhouding, the
/// same rule as Intake's). Redelivery and an out-of-order older assignment change nothing.
/// </summary>
internal sealed class HandlerAssignedHandler(IClassificationRepository classifications, IAuditTrail audit)
    : IIntegrationEventHandler<HandlerAssigned>
{
    public async Task Handle(HandlerAssigned integrationEvent, CancellationToken cancellationToken)
    {
        if (await classifications.SetHandlingOfficerAsync(integrationEvent.ComplaintId, integrationEvent.Officer, integrationEvent.AssignedAt,
                cancellationToken))
        {
            await audit.RecordAsync(new AuditEntry(ClassificationContracts.ModuleName, "HandlingOfficerRecorded", "Complaint",
                integrationEvent.ComplaintId.ToString(), new { integrationEvent.Officer, integrationEvent.AssignedBy }), cancellationToken);
        }
    }
}

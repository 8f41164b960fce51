using Klachten.BuildingBlocks.Application;
using Klachten.Modules.Handling.Contracts;
using Klachten.Modules.Intake.Application.Abstractions;
using Klachten.Modules.Intake.Contracts;
using Microsoft.Extensions.Logging;

namespace Klachten.Modules.Intake.Application.RecordHandlingOfficer;

/// <summary>Handling tells who handles a complaint; that officer may then read its details (geheimhouding).</summary>
internal sealed class HandlerAssignedHandler(
    IComplaintRepository complaints,
    IAuditTrail audit,
    ILogger<HandlerAssignedHandler> logger) : IIntegrationEventHandler<HandlerAssigned>
{
    public async Task Handle(HandlerAssigned integrationEvent, CancellationToken cancellationToken)
    {
        if (!await complaints.SetHandlingOfficerAsync(integrationEvent.ComplaintId, integrationEvent.Officer, cancellationToken))
        {
            logger.LogWarning("HandlerAssigned for unknown complaint {ComplaintId}", integrationEvent.ComplaintId);
            return;
        }

        await audit.RecordAsync(new AuditEntry(IntakeContracts.ModuleName, "HandlingOfficerRecorded", "Complaint",
            integrationEvent.ComplaintId.ToString(), new { integrationEvent.Officer, integrationEvent.PreviousOfficer, integrationEvent.AssignedBy }),
            cancellationToken);
    }
}

using Klachten.BuildingBlocks.Application;
using Klachten.Modules.Handling.Contracts;
using Klachten.Modules.Intake.Application.Abstractions;
using Microsoft.Extensions.Logging;

namespace Klachten.Modules.Intake.Application.RecordClosure;

/// <summary>Handling closed the complaint: from then on the retention period of the personal data runs (AVG).</summary>
internal sealed class ComplaintClosedHandler(IComplaintRepository complaints, ILogger<ComplaintClosedHandler> logger)
    : IIntegrationEventHandler<ComplaintClosed>, IIdempotentIntegrationEventHandler
{
    public async Task Handle(ComplaintClosed integrationEvent, CancellationToken cancellationToken)
    {
        if (!await complaints.RecordClosureAsync(integrationEvent.ComplaintId, integrationEvent.ClosedAt, cancellationToken))
        {
            logger.LogDebug("ComplaintClosed for {ComplaintId} changed nothing (unknown, or recorded before)", integrationEvent.ComplaintId);
        }
    }
}

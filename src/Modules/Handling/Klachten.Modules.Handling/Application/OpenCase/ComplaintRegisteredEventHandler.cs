using Klachten.BuildingBlocks.Application;
using Klachten.Modules.Handling.Application.Abstractions;
using Klachten.Modules.Handling.Domain;
using Klachten.Modules.Intake.Contracts;

namespace Klachten.Modules.Handling.Application.OpenCase;

/// <summary>Every registered complaint gets a handling case, due on the settlement date of the registration.</summary>
internal sealed class ComplaintRegisteredEventHandler(IHandlingCaseRepository cases, IAuditTrail audit, TimeProvider timeProvider)
    : IIntegrationEventHandler<ComplaintRegistered>
{
    public async Task Handle(ComplaintRegistered integrationEvent, CancellationToken cancellationToken)
    {
        var handlingCase = HandlingCase.Open(integrationEvent.ComplaintId, integrationEvent.Reference, integrationEvent.CollectionAgent,
            integrationEvent.ReceivedOn, integrationEvent.SettlementDueOn, timeProvider.GetUtcNow());
        if (await cases.AddAsync(handlingCase, cancellationToken))
        {
            await audit.RecordAsync(new AuditEntry(CaseAccess.Module, "CaseOpened", CaseAccess.Subject, integrationEvent.ComplaintId.ToString(),
                new { integrationEvent.Reference, integrationEvent.SettlementDueOn }), cancellationToken);
        }
    }
}

using Klachten.BuildingBlocks.Application;
using Klachten.Modules.Handling.Application.Abstractions;
using Klachten.Modules.Handling.Domain;
using Klachten.Modules.Intake.Contracts;

namespace Klachten.Modules.Handling.Application.OpenCase;

/// <summary>
/// Every registered complaint gets a handling case, due on the settlement date of the registration. A delivery batch opens
/// its cases in one statement; a case that already exists (a redelivered event, a second event for the same complaint) is
/// left as it is and not audited again, so no inbox record is needed.
/// </summary>
internal sealed class ComplaintRegisteredHandler(IHandlingCaseRepository cases, IAuditTrail audit, TimeProvider timeProvider)
    : IIntegrationEventBatchHandler<ComplaintRegistered>, IIdempotentIntegrationEventHandler
{
    public async Task Handle(IReadOnlyList<ComplaintRegistered> integrationEvents, CancellationToken cancellationToken)
    {
        var openedAt = timeProvider.GetUtcNow();
        var opened = await cases.AddAsync(integrationEvents
            .Select(e => HandlingCase.Open(e.ComplaintId, e.Reference, e.CollectionAgent, e.ReceivedOn, e.SettlementDueOn, openedAt))
            .ToList(), cancellationToken);
        await audit.RecordAsync(integrationEvents
            .Where(e => opened.Contains(e.ComplaintId))
            .Select(e => new AuditEntry(CaseAccess.Module, "CaseOpened", CaseAccess.Subject, e.ComplaintId.ToString(),
                new { e.Reference, e.SettlementDueOn }))
            .ToList(), cancellationToken);
    }
}

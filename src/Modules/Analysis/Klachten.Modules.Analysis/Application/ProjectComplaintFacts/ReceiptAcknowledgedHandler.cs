using Klachten.BuildingBlocks.Application;
using Klachten.BuildingBlocks.Calendar;
using Klachten.Modules.Analysis.Application.Abstractions;
using Klachten.Modules.Classification.Contracts;
using Klachten.Modules.Handling.Contracts;
using Klachten.Modules.Intake.Contracts;

namespace Klachten.Modules.Analysis.Application.ProjectComplaintFacts;

/// <summary>The acknowledgement, dated on its Amsterdam day (the day the term compares with). Idempotent and order-independent (see IComplaintFacts): no inbox record.</summary>
internal sealed class ReceiptAcknowledgedHandler(IComplaintFacts facts) : IIntegrationEventBatchHandler<ReceiptAcknowledged>, IIdempotentIntegrationEventHandler
{
    public Task Handle(IReadOnlyList<ReceiptAcknowledged> integrationEvents, CancellationToken cancellationToken) =>
        facts.AcknowledgedAsync(Latest.PerComplaint(integrationEvents, e => e.ComplaintId, e => e.AcknowledgedAt, e => new AcknowledgementFact(
            e.ComplaintId, e.Reference, e.AcknowledgedAt, AmsterdamTime.LocalDate(e.AcknowledgedAt))), cancellationToken);
}

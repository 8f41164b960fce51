using Klachten.BuildingBlocks.Infrastructure.Mail;
using Klachten.Modules.PreventiveAction.Application.Abstractions;

namespace Klachten.Modules.PreventiveAction.Infrastructure.Correspondence;

internal sealed class CorrespondenceDispatch(OutgoingMailDelivery<PreventiveActionOutgoingMail> delivery) : ICorrespondenceDispatch
{
    public Task DeliverNowAsync(IReadOnlyCollection<Guid> correspondenceIds) => delivery.DeliverAfterCommitAsync(correspondenceIds);
}

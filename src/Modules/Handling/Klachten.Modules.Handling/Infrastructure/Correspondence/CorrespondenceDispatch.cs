using Klachten.BuildingBlocks.Infrastructure.Mail;
using Klachten.Modules.Handling.Application.Abstractions;

namespace Klachten.Modules.Handling.Infrastructure.Correspondence;

internal sealed class CorrespondenceDispatch(OutgoingMailDelivery<HandlingOutgoingMail> delivery) : ICorrespondenceDispatch
{
    public Task DeliverNowAsync(IReadOnlyCollection<Guid> correspondenceIds) => delivery.DeliverAfterCommitAsync(correspondenceIds);
}

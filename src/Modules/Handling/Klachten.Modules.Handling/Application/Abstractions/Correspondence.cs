using Klachten.Modules.Handling.Domain;
using Klachten.Modules.Intake.Contracts;

namespace Klachten.Modules.Handling.Application.Abstractions;

internal static class Correspondence
{
    public static OutgoingCorrespondence To(
        ComplainantContact contact, Guid complaintId, CorrespondenceKind kind, CorrespondenceChannel channel, RenderedLetter letter) =>
        new(complaintId, kind, channel, contact.Name,
            channel == CorrespondenceChannel.Email ? contact.Email : null,
            contact.Address is { } address ? $"{address.Street}, {address.PostalCode} {address.City}" : null,
            letter.Subject, letter.Body);
}

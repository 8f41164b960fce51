namespace Klachten.Modules.Intake.Contracts;

/// <summary>
/// How other modules (Handling, for its letters) reach the complainant without copying personal data out of Intake.
/// Implemented inside Intake; returns null for an unknown complaint.
/// </summary>
public interface IComplaintDirectory
{
    Task<ComplainantContact?> GetContactAsync(Guid complaintId, CancellationToken cancellationToken);
}

public sealed record ComplainantContact(
    Guid ComplaintId,
    string Reference,
    string Name,
    ComplainantType Type,
    string? Email,
    PostalAddress? Address,
    DateOnly ReceivedOn);

public sealed record PostalAddress(string Street, string PostalCode, string City);

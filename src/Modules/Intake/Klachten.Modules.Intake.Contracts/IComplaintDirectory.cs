namespace Klachten.Modules.Intake.Contracts;

/// <summary>
/// How other modules (Handling, for its letters) reach the complainant without copying personal data out of Intake.
/// Implemented inside Intake; returns null for an unknown complaint.
/// </summary>
public interface IComplaintDirectory
{
    Task<ComplainantContact?> GetContactAsync(Guid complaintId, CancellationToken cancellationToken);

    /// <summary>
    /// Whether each complainant can be reached by e-mail and by post, for the steps a screen is offered; the addresses themselves
    /// stay in Intake (not audited: no personal data). An unknown complaint is left out.
    /// </summary>
    Task<IReadOnlyDictionary<Guid, LetterReach>> GetLetterReachAsync(IReadOnlyCollection<Guid> complaintIds,
        CancellationToken cancellationToken);
}

/// <summary>Which routes a letter to the complainant has: an e-mail address, a postal address (either, both or, erased, none).</summary>
public sealed record LetterReach(bool HasEmail, bool HasPostalAddress)
{
    public static readonly LetterReach None = new(false, false);
}

public sealed record ComplainantContact(
    Guid ComplaintId,
    string Reference,
    string Name,
    ComplainantType Type,
    string? Email,
    PostalAddress? Address,
    DateOnly ReceivedOn,
    ComplainantSalutation Salutation = ComplainantSalutation.None,
    ContactPerson? ContactPerson = null);

/// <summary>How the complainant (or an organisation's contact person) wishes to be addressed; None when unknown.</summary>
public enum ComplainantSalutation
{
    None,
    Mr,
    Mrs,
}

/// <summary>For a complainant that is an organisation: the person letters are for the attention of.</summary>
public sealed record ContactPerson(string Name, ComplainantSalutation Salutation);

public sealed record PostalAddress(string Street, string PostalCode, string City);

namespace Klachten.Modules.Intake.Contracts;

/// <summary>
/// A complaint's registration for the one complaint view (ADR 0017), as the current user may see it: Intake applies its own
/// confidentiality rule (<see cref="ComplaintRegistrationView.MayRead"/>) and leaves out what the user may not see. Nothing is
/// audited here: the view audits the one read it answers.
/// </summary>
public interface IComplaintRegistrations
{
    /// <summary>The registration, or null for an unknown complaint.</summary>
    Task<ComplaintRegistrationView?> GetAsync(Guid complaintId, CancellationToken cancellationToken);

    /// <summary>The complaint with this reference (KL-2026-000001, any letter case), or null.</summary>
    Task<Guid?> FindByReferenceAsync(string reference, CancellationToken cancellationToken);
}

/// <param name="MayRead">whether Intake lets the user see the complaint (quality manager, management, the handling officer, the
/// registering employee); when false, <see cref="Details"/> is null and <see cref="Letters"/> empty</param>
/// <param name="Version">the row version, the ETag of GET /api/intake/complaints/{id}</param>
/// <param name="AllowedActions">what the user may do in Intake now (acknowledge)</param>
public sealed record ComplaintRegistrationView(
    Guid ComplaintId,
    string Reference,
    bool MayRead,
    int Version,
    DateTimeOffset ReceivedAt,
    DateOnly ReceivedOn,
    IntakeChannel Channel,
    string RegisteredBy,
    DateTimeOffset RegisteredAt,
    DateOnly AcknowledgementDueOn,
    DateOnly SettlementDueOn,
    DateTimeOffset? AcknowledgedAt,
    string? AcknowledgedBy,
    DateTimeOffset? AcknowledgementBreachRecordedAt,
    DateTimeOffset? AnonymisedAt,
    RegistrationDetails? Details,
    IReadOnlyList<IntakeLetter> Letters,
    IReadOnlyList<string> AllowedActions);

/// <summary>The complaint's content and its complainant (personal data: only for those who may read it).</summary>
public sealed record RegistrationDetails(
    ComplainantDetails Complainant,
    string? FileNumber,
    string? CollectionAgent,
    string Description,
    string RequestedOutcome);

public sealed record ComplainantDetails(
    string Name,
    ComplainantType Type,
    string? Email,
    string? Phone,
    PostalAddress? Address,
    ComplainantSalutation Salutation,
    ContactPerson? ContactPerson);

/// <summary>A letter of Intake (Acknowledgement, ...): Channel Email or Letter; Status Draft, Pending, Sent, Printed or Posted.</summary>
public sealed record IntakeLetter(
    Guid Id,
    string Kind,
    string Channel,
    string Status,
    string? RecipientName,
    string? Subject,
    DateTimeOffset CreatedAt,
    DateTimeOffset? SentAt,
    string? SentBy,
    DateTimeOffset? PostedAt);

using Klachten.BuildingBlocks.Application;
using Klachten.Modules.Intake.Contracts;
using Klachten.Modules.Intake.Domain;

namespace Klachten.Modules.Intake.Application.Abstractions;

internal sealed record NewComplaint(
    Guid Id,
    int ReferenceYear,
    string ComplainantName,
    string ComplainantType,
    string? ComplainantEmail,
    string? ComplainantPhone,
    string? AddressStreet,
    string? AddressPostalCode,
    string? AddressCity,
    string? FileNumber,
    string? CollectionAgent,
    string Channel,
    DateTimeOffset ReceivedAt,
    DateOnly ReceivedOn,
    string Description,
    string RequestedOutcome,
    string RegisteredBy,
    DateTimeOffset RegisteredAt,
    DateOnly AcknowledgementDueOn,
    DateOnly SettlementDueOn,
    string ComplainantSalutation = nameof(Salutation.None),
    string? ContactPersonName = null,
    string? ContactPersonSalutation = null);

/// <summary>
/// One registration for the registration batch writer: everything computed without the database. The writer takes the
/// year's next number, stores complaint, letters, audit entry and event together, and returns the reference.
/// </summary>
internal sealed record ComplaintRegistration(
    NewComplaint Complaint,
    IReadOnlyList<CorrespondenceRecord> Letters,
    AuditEntry Audit,
    Func<string, ComplaintRegistered> RegisteredEvent);

/// <summary>What the acknowledgement needs of a complaint, read under a row lock.</summary>
internal sealed record ComplaintForAcknowledgement(
    Guid Id,
    string Reference,
    string ComplainantName,
    string? ComplainantEmail,
    string? AddressStreet,
    string? AddressPostalCode,
    string? AddressCity,
    DateOnly ReceivedOn,
    DateOnly AcknowledgementDueOn,
    DateOnly SettlementDueOn,
    string? FileNumber,
    string RegisteredBy,
    string? HandlingOfficer,
    DateTimeOffset? AcknowledgedAt,
    string? ComplainantSalutation,
    string? ContactPersonName,
    string? ContactPersonSalutation,
    int Version)
{
    public Addressee Complainant => Addressees.FromStored(ComplainantName, ComplainantSalutation, ContactPersonName, ContactPersonSalutation);

    public bool HasPostalAddress => AddressStreet is not null;

    public string? PostalAddressLine => HasPostalAddress ? $"{AddressStreet}, {AddressPostalCode} {AddressCity}" : null;

    public LetterData ToLetterData() =>
        new(Reference, Complainant, ReceivedOn, AcknowledgementDueOn, SettlementDueOn, FileNumber, RegisteredBy, HandlingOfficer);

    public IReadOnlyList<string> AddressLines(string kind, string? recipientName, string? recipientAddress) =>
        IntakeLetters.AddressLines(kind, Complainant, AddressStreet, AddressPostalCode, AddressCity, recipientName, recipientAddress);
}

/// <summary>A complaint the deadline sweep claimed (reminder or breach), with what the notices need.</summary>
internal sealed record ClaimedComplaint(
    Guid Id,
    string Reference,
    string ComplainantName,
    DateOnly ReceivedOn,
    DateOnly AcknowledgementDueOn,
    DateOnly SettlementDueOn,
    string? FileNumber,
    string RegisteredBy,
    string? HandlingOfficer,
    string? ComplainantSalutation,
    string? ContactPersonName,
    string? ContactPersonSalutation)
{
    public Addressee Complainant => Addressees.FromStored(ComplainantName, ComplainantSalutation, ContactPersonName, ContactPersonSalutation);

    public LetterData ToLetterData() =>
        new(Reference, Complainant, ReceivedOn, AcknowledgementDueOn, SettlementDueOn, FileNumber, RegisteredBy, HandlingOfficer);
}

internal interface IComplaintRepository
{
    Task<ComplaintForAcknowledgement?> GetForAcknowledgementAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>Records the acknowledgement at the version loaded (or the caller's If-Match); throws when the row is no longer there.</summary>
    Task MarkAcknowledgedAsync(ComplaintForAcknowledgement complaint, DateTimeOffset at, string by, AcknowledgementChannel channel,
        CancellationToken cancellationToken);

    Task<bool> SetHandlingOfficerAsync(Guid id, string officer, CancellationToken cancellationToken);

    /// <summary>Open acknowledgements due between the dates that had no reminder yet; marks them reminded (once, on any host).</summary>
    Task<IReadOnlyList<ClaimedComplaint>> ClaimAcknowledgementRemindersAsync(DateOnly dueFrom, DateOnly dueTo, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Open acknowledgements due before the date without a recorded breach; records the breach (once, on any host).</summary>
    Task<IReadOnlyList<ClaimedComplaint>> ClaimAcknowledgementBreachesAsync(DateOnly dueBefore, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Records when Handling closed the complaint (the first closure counts); false when nothing changed.</summary>
    Task<bool> RecordClosureAsync(Guid id, DateTimeOffset closedAt, CancellationToken cancellationToken);
}

internal sealed record CorrespondenceRecord(
    Guid Id,
    Guid ComplaintId,
    CorrespondenceKind Kind,
    CorrespondenceChannel Channel,
    string? RecipientName,
    string? RecipientAddress,
    CorrespondenceStatus Status,
    string? Subject,
    string? Body,
    DateTimeOffset CreatedAt,
    DateTimeOffset? SentAt = null,
    string? SentBy = null);

/// <summary>A stored letter of a complaint, as printing and posting read it.</summary>
internal sealed record StoredLetter(
    Guid Id, string Kind, string Channel, string Status, string? RecipientName, string? RecipientAddress, string? Subject, string? Body,
    DateTimeOffset? SentAt);

internal interface ICorrespondenceRepository
{
    /// <summary>The complaint's letter, locked until the transaction ends; null when the complaint has no letter with this id.</summary>
    Task<StoredLetter?> GetForPostingAsync(Guid complaintId, Guid letterId, CancellationToken cancellationToken);

    Task MarkPostedAsync(Guid letterId, DateTimeOffset postedAt, string postedBy, CancellationToken cancellationToken);

    Task AddAsync(IReadOnlyCollection<CorrespondenceRecord> records, CancellationToken cancellationToken);

    /// <summary>The acknowledgement drafted at registration, now fixed in text and channel: to be sent, or printed for the post.</summary>
    Task<Guid> SendAcknowledgementAsync(Guid complaintId, CorrespondenceRecord acknowledgement, CancellationToken cancellationToken);
}

/// <summary>
/// Sends correspondence once the transaction that recorded it has committed: handlers register these calls with
/// IUnitOfWork.AfterCommit. Nothing here throws; what fails stays Pending and the recurring sweep sends it.
/// </summary>
internal interface ICorrespondenceDispatch
{
    /// <summary>Sends these now, while the caller waits (the acknowledgement, whose outcome the officer sees).</summary>
    Task DeliverNowAsync(IReadOnlyCollection<Guid> correspondenceIds);

    /// <summary>Wakes the background delivery, so that the caller does not wait for the e-mails (registration).</summary>
    void DeliverSoon();
}

internal sealed record LetterData(
    string Reference,
    Addressee Complainant,
    DateOnly ReceivedOn,
    DateOnly AcknowledgementDueOn,
    DateOnly SettlementDueOn,
    string? FileNumber,
    string RegisteredBy,
    string? HandlingOfficer,
    string? Signatory = null)
{
    /// <summary>Who signs a letter to the complainant: the officer sending it, else the handling officer.</summary>
    public string? SignedBy => Signatory ?? HandlingOfficer;
}

internal sealed record RenderedLetter(string Subject, string Body);

/// <summary>The module's letter and notice templates (Dutch).</summary>
internal interface ILetterTemplates
{
    RenderedLetter Render(CorrespondenceKind kind, LetterData data);

    /// <summary>The letter for a kind as stored; null when this version has no template for it (written by another version, say).</summary>
    RenderedLetter? TryRender(string kind, LetterData data);
}

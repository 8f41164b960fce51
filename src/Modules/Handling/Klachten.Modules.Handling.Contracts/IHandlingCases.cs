namespace Klachten.Modules.Handling.Contracts;

/// <summary>
/// A complaint's handling case for the one complaint view (ADR 0017), as the current user may see it: Handling applies its own
/// confidentiality rule. Where the case stands (status, officer, terms) is not confidential (the case list shows it); what
/// happened in it is. Nothing is audited here: the view audits the one read it answers.
/// </summary>
public interface IHandlingCases
{
    /// <summary>The case, or null when Handling has not opened it (yet).</summary>
    Task<HandlingCaseView?> GetAsync(Guid complaintId, CancellationToken cancellationToken);
}

/// <param name="Status">Open, Assigned, Decided, DecisionSent, Referred, ReferralConcluded or Closed</param>
/// <param name="SettlementDueOn">the term in force (extended or not)</param>
/// <param name="OriginalSettlementDueOn">the term of the registration</param>
/// <param name="MayRead">whether the user may see what happened in the case (quality manager, management, its officer); when
/// false, <see cref="Details"/> is null</param>
/// <param name="Version">the ETag of GET /api/handling/cases/{id}</param>
/// <param name="AllowedActions">the steps the user may take now (assign, logContact, extend, decide, ...)</param>
public sealed record HandlingCaseView(
    Guid ComplaintId,
    string Status,
    string? Officer,
    DateTimeOffset OpenedAt,
    DateOnly OriginalSettlementDueOn,
    DateOnly SettlementDueOn,
    bool Extended,
    bool Overdue,
    DateTimeOffset? BreachRecordedAt,
    DateTimeOffset? ClosedAt,
    bool MayRead,
    int Version,
    HandlingCaseDetails? Details,
    IReadOnlyList<string> AllowedActions);

public sealed record HandlingCaseDetails(
    IReadOnlyList<HandlingAssignment> Assignments,
    IReadOnlyList<HandlingContact> Contacts,
    HandlingExtension? Extension,
    HandlingDecision? Decision,
    HandlingReferral? Referral,
    HandlingClosure? Closure,
    IReadOnlyList<HandlingLetter> Letters);

public sealed record HandlingAssignment(string Officer, string? PreviousOfficer, DateTimeOffset AssignedAt, string AssignedBy);

public sealed record HandlingContact(DateTimeOffset ContactedAt, string Channel, string Summary, string? NextStep, string LoggedBy);

public sealed record HandlingExtension(DateOnly PreviousDueOn, DateOnly NewDueOn, string Reason, DateTimeOffset ExtendedAt, string ExtendedBy);

public sealed record HandlingDecision(DecisionOutcome Outcome, string Reasoning, string? Remedy, DateTimeOffset DecidedAt, string DecidedBy);

public sealed record HandlingReferral(string Body, string CaseNumber, DateOnly SubmittedOn, DateTimeOffset RecordedAt, string RecordedBy,
    ReferralOutcome? Outcome, DateOnly? DecidedOn, DateTimeOffset? ConcludedAt);

public sealed record HandlingClosure(bool ComplainantSatisfied, DateTimeOffset ClosedAt, string ClosedBy);

/// <summary>A letter or notice of Handling (ExtensionNotice, DecisionLetter, ...): Channel Email or Letter; Status Pending, Sent, Printed, Posted.</summary>
public sealed record HandlingLetter(
    Guid Id, string Kind, string Channel, string Status, string? RecipientName, string Subject, DateTimeOffset CreatedAt,
    DateTimeOffset? SentAt, string CreatedBy, DateTimeOffset? PostedAt);

using Klachten.BuildingBlocks.Domain;

namespace Klachten.Modules.Handling.Domain;

/// <summary>
/// The handling of one registered complaint by a complaints officer: assignment, contacts, at most one extension,
/// the decision, its letter, an optional referral to the disputes committee, and closure.
/// Every refused step throws a <see cref="DomainRuleException"/> with a code of <see cref="HandlingErrors"/>
/// before anything changes.
/// </summary>
internal sealed class HandlingCase
{
    /// <summary>Four weeks, the longest extension the office's regulation is taken to allow unless configured otherwise.</summary>
    public const int DefaultMaxExtensionDays = 28;

    private readonly List<Assignment> _newAssignments = [];
    private readonly List<ContactLog> _newContacts = [];

    private HandlingCase(Guid complaintId, string reference, string? collectionAgent, DateOnly receivedOn, DateOnly settlementDueOn, DateTimeOffset openedAt)
    {
        ComplaintId = complaintId;
        Reference = reference;
        CollectionAgent = collectionAgent;
        ReceivedOn = receivedOn;
        SettlementDueOn = settlementDueOn;
        OpenedAt = openedAt;
    }

    public Guid ComplaintId { get; }
    public string Reference { get; }
    public string? CollectionAgent { get; }
    public DateOnly ReceivedOn { get; }

    /// <summary>The settlement term of the registration (fourteen days); see <see cref="DueOn"/> for the term in force.</summary>
    public DateOnly SettlementDueOn { get; }
    public DateTimeOffset OpenedAt { get; }
    public CaseStatus Status { get; private set; }
    public string? Officer { get; private set; }
    public Extension? Extension { get; private set; }
    public Decision? Decision { get; private set; }
    public DecisionLetter? DecisionLetter { get; private set; }
    public Referral? Referral { get; private set; }
    public Closure? Closure { get; private set; }

    /// <summary>The version this instance was loaded at; the repository's UPDATE checks it.</summary>
    public int Version { get; private set; }

    /// <summary>The settlement due date in force: the extended date when the term was extended.</summary>
    public DateOnly DueOn => Extension?.NewDueOn ?? SettlementDueOn;

    public IReadOnlyList<Assignment> NewAssignments => _newAssignments;
    public IReadOnlyList<ContactLog> NewContacts => _newContacts;

    public static HandlingCase Open(
        Guid complaintId, string reference, string? collectionAgent, DateOnly receivedOn, DateOnly settlementDueOn, DateTimeOffset openedAt) =>
        new(complaintId, reference, string.IsNullOrWhiteSpace(collectionAgent) ? null : collectionAgent.Trim(), receivedOn, settlementDueOn, openedAt)
        {
            Status = CaseStatus.Open,
        };

    /// <summary>Rebuilds a case from storage; no rule runs.</summary>
    public static HandlingCase Restore(
        Guid complaintId, string reference, string? collectionAgent, DateOnly receivedOn, DateOnly settlementDueOn, DateTimeOffset openedAt,
        CaseStatus status, string? officer, Extension? extension, Decision? decision, DecisionLetter? decisionLetter, Referral? referral,
        Closure? closure, int version) =>
        new(complaintId, reference, collectionAgent, receivedOn, settlementDueOn, openedAt)
        {
            Status = status,
            Officer = officer,
            Extension = extension,
            Decision = decision,
            DecisionLetter = decisionLetter,
            Referral = referral,
            Closure = closure,
            Version = version,
        };

    /// <summary>
    /// The quality manager assigns (or reassigns) an officer; an officer takes an unassigned case with
    /// <paramref name="selfAssignment"/>. The collection agent the complaint is about can never handle it.
    /// </summary>
    public Assignment Assign(string officer, string assignedBy, bool selfAssignment, DateTimeOffset at)
    {
        officer = officer.Trim();
        ThrowIf(WhyNotAssign(officer, selfAssignment));
        var assignment = new Assignment(officer, Officer, at, assignedBy);
        Officer = officer;
        if (Status == CaseStatus.Open)
        {
            Status = CaseStatus.Assigned;
        }

        _newAssignments.Add(assignment);
        return assignment;
    }

    /// <summary>Logs a contact about this complaint, which cannot have taken place before the (Amsterdam) day it was received.</summary>
    public ContactLog LogContact(DateTimeOffset contactedAt, ContactChannel channel, string summary, string? nextStep, string loggedBy, DateTimeOffset at)
    {
        ThrowIf(WhyNotLogContact());
        if (AmsterdamDate.Of(contactedAt) < ReceivedOn)
        {
            throw new DomainRuleException(HandlingErrors.ContactBeforeReceipt,
                $"A contact about this complaint cannot precede its receipt on {ReceivedOn:yyyy-MM-dd}.", RuleKind.Unprocessable);
        }

        var contact = new ContactLog(Guid.CreateVersion7(at), contactedAt, channel, summary, nextStep, at, loggedBy);
        _newContacts.Add(contact);
        return contact;
    }

    /// <summary>
    /// Extends the settlement term once, before a decision and before the term has passed, by at most
    /// <paramref name="maxExtensionDays"/> days (a setting; a year typed wrong must not promise the complainant an answer in 9999).
    /// </summary>
    public Extension Extend(DateOnly newDueOn, string reason, DateOnly today, string extendedBy, DateTimeOffset at,
        int maxExtensionDays = DefaultMaxExtensionDays, string? messageToComplainant = null)
    {
        ThrowIf(WhyNotExtend(today));
        if (newDueOn <= DueOn)
        {
            throw new DomainRuleException(HandlingErrors.ExtensionNotLater,
                $"The new due date must be after the current one ({DueOn:yyyy-MM-dd}).", RuleKind.Unprocessable);
        }

        if (newDueOn > DueOn.AddDays(maxExtensionDays))
        {
            throw new DomainRuleException(HandlingErrors.ExtensionTooLong,
                $"The term can be extended by at most {maxExtensionDays} days, to {DueOn.AddDays(maxExtensionDays):yyyy-MM-dd}.", RuleKind.Unprocessable);
        }

        Extension = new Extension(DueOn, newDueOn, reason, at, extendedBy, messageToComplainant);
        return Extension;
    }

    public Decision Decide(DecisionOutcome outcome, string reasoning, string? remedy, string decidedBy, DateTimeOffset at)
    {
        ThrowIf(WhyNotDecide());
        Decision = new Decision(outcome, reasoning, string.IsNullOrWhiteSpace(remedy) ? null : remedy, at, decidedBy);
        Status = CaseStatus.Decided;
        return Decision;
    }

    /// <summary>
    /// Records that the decision letter was sent (e-mailed by the system or posted by hand) at <paramref name="sentAt"/>,
    /// which is local date <paramref name="sentOn"/>: in time when on or before the due date in force.
    /// </summary>
    public DecisionLetter RecordDecisionLetterSent(CorrespondenceChannel channel, DateTimeOffset sentAt, DateOnly sentOn, string sentBy)
    {
        ThrowIf(WhyNotSendDecisionLetter());
        DecisionLetter = new DecisionLetter(channel, sentAt, sentOn, sentBy, InTime: sentOn <= DueOn);
        Status = CaseStatus.DecisionSent;
        return DecisionLetter;
    }

    /// <summary>The decision letter may go (or be previewed): the case is open, decided, and its letter not sent yet.</summary>
    public void EnsureDecisionLetterMayGo()
    {
        ThrowIf(WhyNotSendDecisionLetter());
    }

    /// <summary>The complainant, not satisfied, took the complaint to the disputes committee.</summary>
    public Referral Refer(DateOnly submittedOn, string body, string caseNumber, string recordedBy, DateTimeOffset at)
    {
        ThrowIf(WhyNotRefer());
        if (submittedOn < DecisionLetter!.SentOn)
        {
            throw new DomainRuleException(HandlingErrors.ReferralBeforeDecision,
                $"A referral is submitted after the decision letter ({DecisionLetter.SentOn:yyyy-MM-dd}).", RuleKind.Unprocessable);
        }

        Referral = new Referral(submittedOn, body, caseNumber, at, recordedBy);
        Status = CaseStatus.Referred;
        return Referral;
    }

    public Referral ConcludeReferral(ReferralOutcome outcome, DateOnly decidedOn, string concludedBy, DateTimeOffset at)
    {
        ThrowIf(WhyNotConcludeReferral());
        if (decidedOn < Referral!.SubmittedOn)
        {
            throw new DomainRuleException(HandlingErrors.ReferralOutcomeBeforeSubmission,
                $"The outcome cannot precede the submission ({Referral.SubmittedOn:yyyy-MM-dd}).", RuleKind.Unprocessable);
        }

        Referral = Referral with { Outcome = outcome, DecidedOn = decidedOn, ConcludedAt = at, ConcludedBy = concludedBy };
        Status = CaseStatus.ReferralConcluded;
        return Referral;
    }

    /// <summary>
    /// Closes the case after the decision letter was sent: satisfied or not (a complainant who is not satisfied may
    /// still not go to the committee), but never while a referral is open.
    /// </summary>
    public Closure Close(bool complainantSatisfied, string closedBy, DateTimeOffset at)
    {
        ThrowIf(WhyNotClose());
        Closure = new Closure(complainantSatisfied, at, closedBy);
        Status = CaseStatus.Closed;
        return Closure;
    }

    // What the case allows now, apart from what a step is given: the steps check these before they change anything, and a
    // screen is offered the steps for which they find nothing (Application/Abstractions/CaseActions), so the two cannot differ.

    /// <summary>Why <paramref name="officer"/> cannot be assigned now; null when they can.</summary>
    public DomainRuleException? WhyNotAssign(string officer, bool selfAssignment) =>
        WhyClosed()
        ?? (CollectionAgent is not null && string.Equals(officer, CollectionAgent, StringComparison.OrdinalIgnoreCase)
            ? new DomainRuleException(HandlingErrors.AgentCannotHandle,
                $"{officer} is the collection agent this complaint is about and cannot handle it (objectivity).", RuleKind.Unprocessable)
            : null)
        ?? (string.Equals(Officer, officer, StringComparison.OrdinalIgnoreCase)
            ? new DomainRuleException(HandlingErrors.AlreadyAssigned, $"The case is already assigned to {officer}.")
            : null)
        ?? (selfAssignment && Officer is not null
            ? new DomainRuleException(HandlingErrors.AlreadyAssigned, $"The case is assigned to {Officer}; only the quality manager can reassign it.")
            : null);

    /// <summary>Whether anyone at all can be assigned (the quality manager chooses whom): only a closed case refuses every one.</summary>
    public bool IsOpenForAssignment => WhyClosed() is null;

    public DomainRuleException? WhyNotLogContact() => WhyClosed() ?? WhyUnassigned("log a contact");

    public DomainRuleException? WhyNotExtend(DateOnly today) =>
        WhyClosed() ?? WhyUnassigned("extend the term") ?? WhyDecided()
        ?? (Extension is not null
            ? new DomainRuleException(HandlingErrors.ExtensionAlreadyUsed, $"The term was already extended once, to {Extension.NewDueOn:yyyy-MM-dd}.")
            : null)
        ?? (today > DueOn
            ? new DomainRuleException(HandlingErrors.TermExpired, $"The term ended on {DueOn:yyyy-MM-dd}; it can only be extended before it passes.")
            : null);

    public DomainRuleException? WhyNotDecide() => WhyClosed() ?? WhyUnassigned("decide") ?? WhyDecided();

    public DomainRuleException? WhyNotSendDecisionLetter() =>
        WhyClosed()
        ?? (DecisionLetter is not null
            ? new DomainRuleException(HandlingErrors.DecisionLetterAlreadySent, $"The decision letter was already sent on {DecisionLetter.SentOn:yyyy-MM-dd}.")
            : null)
        ?? (Decision is null ? new DomainRuleException(HandlingErrors.NotDecided, "There is no decision to send yet.") : null);

    public DomainRuleException? WhyNotRefer() =>
        WhyClosed()
        ?? (Referral is not null
            ? new DomainRuleException(HandlingErrors.AlreadyReferred, $"The complaint was already referred to {Referral.Body}.")
            : null)
        ?? WhyDecisionNotSent("record a referral");

    public DomainRuleException? WhyNotConcludeReferral() =>
        WhyClosed()
        ?? (Referral is null
            ? new DomainRuleException(HandlingErrors.NoReferral, "The complaint was not referred to a disputes committee.")
            : null)
        ?? (Referral is { IsOpen: false }
            ? new DomainRuleException(HandlingErrors.ReferralAlreadyConcluded,
                $"The referral was already concluded ({Referral.Outcome}, {Referral.DecidedOn:yyyy-MM-dd}).")
            : null);

    public DomainRuleException? WhyNotClose() =>
        WhyClosed() ?? WhyDecisionNotSent("close the case")
        ?? (Referral is { IsOpen: true }
            ? new DomainRuleException(HandlingErrors.ReferralOpen, $"The referral to {Referral.Body} is still open: record its outcome first.")
            : null);

    private static void ThrowIf(DomainRuleException? refusal)
    {
        if (refusal is not null)
        {
            throw refusal;
        }
    }

    private DomainRuleException? WhyClosed() =>
        Status == CaseStatus.Closed ? new DomainRuleException(HandlingErrors.CaseClosed, "The case is closed.") : null;

    private DomainRuleException? WhyUnassigned(string action) =>
        Officer is null ? new DomainRuleException(HandlingErrors.NotAssigned, $"Assign a complaints officer before you {action}.") : null;

    private DomainRuleException? WhyDecided() =>
        Decision is not null
            ? new DomainRuleException(HandlingErrors.AlreadyDecided, $"The complaint was already decided ({Decision.Outcome}).")
            : null;

    private DomainRuleException? WhyDecisionNotSent(string action) =>
        Decision is null ? new DomainRuleException(HandlingErrors.NotDecided, $"Decide the complaint before you {action}.")
        : DecisionLetter is null ? new DomainRuleException(HandlingErrors.DecisionLetterNotSent, $"Send the decision letter before you {action}.")
        : null;
}

/// <summary>The stable codes of refused steps (the <c>code</c> of the 409/422 ProblemDetails).</summary>
internal static class HandlingErrors
{
    public const string AgentCannotHandle = "agent_cannot_handle";
    public const string AlreadyAssigned = "already_assigned";
    public const string NotAssigned = "not_assigned";
    public const string ContactBeforeReceipt = "contact_before_receipt";
    public const string CaseClosed = "case_closed";
    public const string AlreadyDecided = "already_decided";
    public const string ExtensionAlreadyUsed = "extension_already_used";
    public const string ExtensionNotLater = "extension_not_later";
    public const string ExtensionTooLong = "extension_too_long";
    public const string TermExpired = "term_expired";
    public const string NotDecided = "not_decided";
    public const string DecisionLetterAlreadySent = "decision_letter_already_sent";
    public const string DecisionLetterNotSent = "decision_letter_not_sent";
    public const string AlreadyReferred = "already_referred";
    public const string ReferralBeforeDecision = "referral_before_decision";
    public const string NoReferral = "no_referral";
    public const string ReferralAlreadyConcluded = "referral_already_concluded";
    public const string ReferralOutcomeBeforeSubmission = "referral_outcome_before_submission";
    public const string ReferralOpen = "referral_open";
}

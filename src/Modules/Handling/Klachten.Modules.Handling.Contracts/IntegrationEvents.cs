namespace Klachten.Modules.Handling.Contracts;

/// <summary>A complaints officer now handles the complaint; Intake uses it for its confidentiality rule.</summary>
public sealed record HandlerAssigned(
    Guid ComplaintId,
    string Officer,
    string? PreviousOfficer,
    DateTimeOffset AssignedAt,
    string AssignedBy);

public enum DecisionOutcome
{
    WellFounded,
    PartlyWellFounded,
    Unfounded,
    SettledByAgreement,
}

public enum ReferralOutcome
{
    Upheld,
    PartlyUpheld,
    Rejected,
    Withdrawn,
    Settled,
}

/// <summary>The settlement term was extended (once) and the complainant informed in writing.</summary>
public sealed record SettlementTermExtended(
    Guid ComplaintId,
    string Reference,
    DateOnly PreviousDueOn,
    DateOnly NewDueOn,
    string Reason,
    DateTimeOffset ExtendedAt,
    string ExtendedBy);

/// <summary>
/// The decision was communicated in writing: raised when the decision letter is sent. <see cref="InTime"/> is true when
/// the letter went out on or before <see cref="SettlementDueOn"/> (the term in force, extended or not; Amsterdam dates).
/// </summary>
public sealed record ComplaintDecided(
    Guid ComplaintId,
    string Reference,
    DecisionOutcome Outcome,
    string Officer,
    DateTimeOffset DecidedAt,
    string DecidedBy,
    DateTimeOffset DecisionLetterSentAt,
    DateOnly DecisionLetterSentOn,
    DateOnly ReceivedOn,
    DateOnly SettlementDueOn,
    bool TermExtended,
    bool InTime);

/// <summary>The complainant took the complaint to the disputes committee.</summary>
public sealed record ComplaintReferred(
    Guid ComplaintId,
    string Reference,
    string Body,
    string CaseNumber,
    DateOnly SubmittedOn,
    DateTimeOffset RecordedAt);

/// <summary>The disputes committee's outcome on a referral.</summary>
public sealed record ReferralConcluded(
    Guid ComplaintId,
    string Reference,
    string Body,
    ReferralOutcome Outcome,
    DateOnly SubmittedOn,
    DateOnly DecidedOn);

/// <summary>The settlement term passed without a sent decision letter (recorded once per case).</summary>
public sealed record SettlementDeadlineBreached(
    Guid ComplaintId,
    string Reference,
    DateOnly SettlementDueOn,
    string? Officer,
    DateTimeOffset RecordedAt);

/// <summary>The handling is finished; the handled form is complete for the analysis.</summary>
public sealed record ComplaintClosed(
    Guid ComplaintId,
    string Reference,
    DateTimeOffset ClosedAt,
    string ClosedBy,
    bool ComplainantSatisfied,
    DecisionOutcome Outcome,
    bool DecidedInTime,
    bool Referred,
    ReferralOutcome? ReferralOutcome);

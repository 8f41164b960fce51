using Klachten.Modules.Handling.Domain;

namespace Klachten.Modules.Handling.Application.GetCase;

/// <summary>
/// A row of handling.cases: the case details map it to their DTO (<see cref="Mapping.HandlingProfile"/>), the repository restores
/// the aggregate from it.
/// </summary>
internal sealed class CaseRow
{
    public Guid ComplaintId { get; init; }
    public string Reference { get; init; } = "";
    public string? CollectionAgent { get; init; }
    public DateOnly ReceivedOn { get; init; }
    public DateOnly SettlementDueOn { get; init; }
    public DateOnly DueOn { get; init; }
    public string Status { get; init; } = "";
    public string? Officer { get; init; }
    public DateOnly? ExtensionPreviousDueOn { get; init; }
    public DateOnly? ExtensionNewDueOn { get; init; }
    public string? ExtensionReason { get; init; }
    public DateTimeOffset? ExtendedAt { get; init; }
    public string? ExtendedBy { get; init; }
    public string? ExtensionMessageToComplainant { get; init; }
    public string? DecisionOutcome { get; init; }
    public string? DecisionReasoning { get; init; }
    public string? DecisionRemedy { get; init; }
    public DateTimeOffset? DecidedAt { get; init; }
    public string? DecidedBy { get; init; }
    public string? LetterChannel { get; init; }
    public DateTimeOffset? LetterSentAt { get; init; }
    public DateOnly? LetterSentOn { get; init; }
    public string? LetterSentBy { get; init; }
    public bool? DecidedInTime { get; init; }
    public string? ReferralBody { get; init; }
    public string? ReferralCaseNumber { get; init; }
    public DateOnly? ReferralSubmittedOn { get; init; }
    public DateTimeOffset? ReferralRecordedAt { get; init; }
    public string? ReferralRecordedBy { get; init; }
    public string? ReferralOutcome { get; init; }
    public DateOnly? ReferralDecidedOn { get; init; }
    public bool? ComplainantSatisfied { get; init; }
    public DateTimeOffset? ClosedAt { get; init; }
    public string? ClosedBy { get; init; }
    public DateTimeOffset OpenedAt { get; init; }
    public DateTimeOffset? ReferralConcludedAt { get; init; }
    public string? ReferralConcludedBy { get; init; }
    public int Version { get; init; }
    public DateTimeOffset? BreachRecordedAt { get; init; }
    public DateTimeOffset? AnonymisedAt { get; init; }

    /// <summary>The aggregate this row stores (no rule runs): the repository loads it, the case details ask it what may happen next.</summary>
    public HandlingCase ToCase() => HandlingCase.Restore(
        ComplaintId, Reference, CollectionAgent, ReceivedOn, SettlementDueOn, OpenedAt,
        Enum.Parse<CaseStatus>(Status), Officer,
        ExtensionNewDueOn is { } newDueOn
            ? new Extension(ExtensionPreviousDueOn!.Value, newDueOn, ExtensionReason!, ExtendedAt!.Value, ExtendedBy!,
                ExtensionMessageToComplainant)
            : null,
        DecisionOutcome is { } outcome
            ? new Decision(Enum.Parse<DecisionOutcome>(outcome), DecisionReasoning!, DecisionRemedy, DecidedAt!.Value, DecidedBy!)
            : null,
        LetterSentAt is { } sentAt
            ? new DecisionLetter(Enum.Parse<CorrespondenceChannel>(LetterChannel!), sentAt, LetterSentOn!.Value, LetterSentBy!, DecidedInTime!.Value)
            : null,
        ReferralSubmittedOn is { } submittedOn
            ? new Referral(submittedOn, ReferralBody!, ReferralCaseNumber!, ReferralRecordedAt!.Value, ReferralRecordedBy!,
                ReferralOutcome is null ? null : Enum.Parse<ReferralOutcome>(ReferralOutcome), ReferralDecidedOn, ReferralConcludedAt,
                ReferralConcludedBy)
            : null,
        ClosedAt is { } closedAt ? new Closure(ComplainantSatisfied!.Value, closedAt, ClosedBy!) : null,
        Version);
}

/// <summary>A row of handling.correspondence.</summary>
internal sealed class CorrespondenceRow
{
    public Guid Id { get; init; }
    public string Kind { get; init; } = "";
    public string Channel { get; init; } = "";
    public string? RecipientName { get; init; }
    public string? RecipientEmail { get; init; }
    public string? RecipientAddress { get; init; }
    public string Subject { get; init; } = "";
    public string Body { get; init; } = "";
    public string Status { get; init; } = "";
    public DateTimeOffset CreatedAt { get; init; }
    public string CreatedBy { get; init; } = "";
    public DateTimeOffset? SentAt { get; init; }
    public int Attempts { get; init; }
    public string? LastError { get; init; }
    public DateTimeOffset? NextAttemptAt { get; init; }
    public DateTimeOffset? PostedAt { get; init; }
    public string? PostedBy { get; init; }
}

namespace Klachten.Modules.Analysis.Application.Abstractions;

/// <summary>
/// The read model's writes, one set-based upsert per event type, in the running unit of work. Each takes at most one fact
/// per complaint (the handler keeps the latest of a batch) and writes a column group only when its version or instant is
/// newer than the stored one, so any order and any repetition of events give the same row.
/// </summary>
internal interface IComplaintFacts
{
    Task RegisteredAsync(IReadOnlyList<RegistrationFact> facts, CancellationToken cancellationToken);
    Task AcknowledgedAsync(IReadOnlyList<AcknowledgementFact> facts, CancellationToken cancellationToken);
    Task AcknowledgementBreachedAsync(IReadOnlyList<BreachFact> facts, CancellationToken cancellationToken);
    Task ClassifiedAsync(IReadOnlyList<ClassificationFact> facts, CancellationToken cancellationToken);
    Task AssignedAsync(IReadOnlyList<AssignmentFact> facts, CancellationToken cancellationToken);
    Task ExtendedAsync(IReadOnlyList<ExtensionFact> facts, CancellationToken cancellationToken);
    Task DecidedAsync(IReadOnlyList<DecisionFact> facts, CancellationToken cancellationToken);
    Task ReferredAsync(IReadOnlyList<ReferralFact> facts, CancellationToken cancellationToken);
    Task ReferralConcludedAsync(IReadOnlyList<ReferralOutcomeFact> facts, CancellationToken cancellationToken);
    Task SettlementBreachedAsync(IReadOnlyList<BreachFact> facts, CancellationToken cancellationToken);
    Task ClosedAsync(IReadOnlyList<ClosureFact> facts, CancellationToken cancellationToken);
}

internal sealed record RegistrationFact(
    Guid ComplaintId, string Reference, DateTimeOffset ReceivedAt, DateOnly ReceivedOn, string ComplainantType, string Channel,
    string? CollectionAgent, string? FileKey, DateOnly AcknowledgementDueOn, DateOnly SettlementDueOn);

internal sealed record AcknowledgementFact(Guid ComplaintId, string Reference, DateTimeOffset AcknowledgedAt, DateOnly AcknowledgedOn);

internal sealed record BreachFact(Guid ComplaintId, string Reference, DateTimeOffset RecordedAt);

internal sealed record ClassificationFact(Guid ComplaintId, string Reference, int Version, IReadOnlyList<string> Categories, string? RootCause);

internal sealed record AssignmentFact(Guid ComplaintId, string Officer, DateTimeOffset AssignedAt);

internal sealed record ExtensionFact(Guid ComplaintId, string Reference, DateTimeOffset ExtendedAt, DateOnly NewDueOn);

internal sealed record DecisionFact(
    Guid ComplaintId, string Reference, string Outcome, string Officer, DateTimeOffset LetterSentAt, DateOnly LetterSentOn, DateOnly DueOn,
    DateOnly ReceivedOn);

internal sealed record ReferralFact(Guid ComplaintId, string Reference, DateOnly SubmittedOn, DateTimeOffset RecordedAt);

internal sealed record ReferralOutcomeFact(Guid ComplaintId, string Reference, string Outcome, DateOnly SubmittedOn, DateOnly DecidedOn);

internal sealed record ClosureFact(Guid ComplaintId, string Reference, DateTimeOffset ClosedAt, DateOnly ClosedOn, bool ComplainantSatisfied);

/// <summary>Turns a collection file number into the key the read model keeps instead (ADR 0014: repeat files without the number).</summary>
internal interface IFileKeys
{
    string? KeyOf(string? fileNumber);
}

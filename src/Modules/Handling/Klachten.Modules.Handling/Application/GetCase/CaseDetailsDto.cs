using Klachten.BuildingBlocks.Application;
using Klachten.BuildingBlocks.Web;
using Klachten.Modules.Handling.Contracts;
using Klachten.Modules.Handling.Domain;

namespace Klachten.Modules.Handling.Application.GetCase;

/// <summary>AllowedActions: the steps the caller may take now (assign, logContact, extend, decide, sendDecisionLetter, refer,
/// recordReferralOutcome, close), so that a screen offers only those; a step may still be refused for what it is given. extend
/// and sendDecisionLetter only when a letter can reach the complainant: the decision letter's channel is the caller's choice, so
/// it is listed when at least one route (e-mail or post) works, and the channel without an address is still a 422.</summary>
internal sealed record CaseDetailsDto(
    Guid ComplaintId,
    string Reference,
    [property: OneOf(typeof(CaseStatus))] string Status,
    string? Officer,
    string? CollectionAgent,
    DateOnly ReceivedOn,
    DateOnly SettlementDueOn,
    DateOnly OriginalSettlementDueOn,
    bool Overdue,
    DateTimeOffset? BreachRecordedAt,
    IReadOnlyList<AssignmentDto> Assignments,
    IReadOnlyList<ContactDto> Contacts,
    ExtensionDto? Extension,
    DecisionDto? Decision,
    ReferralDto? Referral,
    ClosureDto? Closure,
    IReadOnlyList<CorrespondenceDto> Correspondence,
    DateTimeOffset? AnonymisedAt,
    [property: OneOf(typeof(HandlingActions))] IReadOnlyList<string> AllowedActions);

internal sealed record AssignmentDto
{
    public string Officer { get; init; } = "";
    public string? PreviousOfficer { get; init; }
    public DateTimeOffset AssignedAt { get; init; }
    public string AssignedBy { get; init; } = "";
}

internal sealed record ContactDto
{
    public Guid Id { get; init; }
    public DateTimeOffset ContactedAt { get; init; }
    [OneOf(typeof(ContactChannel))]
    public string Channel { get; init; } = "";
    public string Summary { get; init; } = "";
    public string? NextStep { get; init; }
    public DateTimeOffset LoggedAt { get; init; }
    public string LoggedBy { get; init; } = "";
}

/// <summary>Reason: internal. MessageToComplainant: what the extension notice told the complainant (null before it was asked).</summary>
internal sealed record ExtensionDto(
    DateOnly PreviousDueOn, DateOnly NewDueOn, string Reason, DateTimeOffset ExtendedAt, string ExtendedBy, string? MessageToComplainant);

internal sealed record DecisionDto(
    [property: OneOf(typeof(Domain.DecisionOutcome))] string Outcome, string Reasoning, string? Remedy, DateTimeOffset DecidedAt, string DecidedBy,
    DecisionLetterDto? Letter);

internal sealed record DecisionLetterDto([property: OneOf(typeof(CorrespondenceChannel))] string Channel, DateTimeOffset SentAt, DateOnly SentOn, string SentBy, bool InTime);

internal sealed record ReferralDto(
    string Body, string CaseNumber, DateOnly SubmittedOn, DateTimeOffset RecordedAt, string RecordedBy,
    [property: OneOf(typeof(Domain.ReferralOutcome))] string? Outcome, DateOnly? DecidedOn);

internal sealed record ClosureDto(bool ComplainantSatisfied, DateTimeOffset ClosedAt, string ClosedBy);

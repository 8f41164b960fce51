using System.ComponentModel;

namespace Klachten.Modules.Handling.Domain;

/// <summary>
/// Where a handling case stands. An extension of the term is not a status of its own: the case stays Assigned,
/// with an <see cref="Extension"/>, because the same steps remain allowed.
/// </summary>
internal enum CaseStatus
{
    [Description("Open, nog zonder behandelaar")]
    Open,
    [Description("In behandeling")]
    Assigned,
    [Description("Besloten")]
    Decided,
    [Description("Beslissing verzonden")]
    DecisionSent,
    [Description("Voorgelegd aan de externe instantie")]
    Referred,
    [Description("Uitspraak van de externe instantie ontvangen")]
    ReferralConcluded,
    [Description("Afgesloten")]
    Closed,
}

internal enum DecisionOutcome
{
    [Description("Gegrond")]
    WellFounded,
    [Description("Gedeeltelijk gegrond")]
    PartlyWellFounded,
    [Description("Ongegrond")]
    Unfounded,
    [Description("In overleg opgelost")]
    SettledByAgreement,
}

internal enum ReferralOutcome
{
    [Description("Gegrond verklaard")]
    Upheld,
    [Description("Gedeeltelijk gegrond verklaard")]
    PartlyUpheld,
    [Description("Ongegrond verklaard")]
    Rejected,
    [Description("Ingetrokken")]
    Withdrawn,
    [Description("Geschikt")]
    Settled,
}

internal enum ContactChannel
{
    [Description("Telefonisch")]
    Phone,
    [Description("Per e-mail")]
    Email,
    [Description("Per brief")]
    Letter,
    [Description("Persoonlijk gesprek")]
    InPerson,
    [Description("Videogesprek")]
    Video,
}

/// <summary>How a letter reaches the complainant: e-mailed by the system with its PDF, or printed and posted (Printed, then Posted).</summary>
internal enum CorrespondenceChannel
{
    [Description("Per e-mail")]
    Email,
    [Description("Per post")]
    Letter,
}

internal sealed record Assignment(string Officer, string? PreviousOfficer, DateTimeOffset AssignedAt, string AssignedBy);

internal sealed record ContactLog(
    Guid Id, DateTimeOffset ContactedAt, ContactChannel Channel, string Summary, string? NextStep, DateTimeOffset LoggedAt, string LoggedBy);

/// <summary>Reason is internal; only <see cref="MessageToComplainant"/> reaches the complainant (none for extensions recorded before it).</summary>
internal sealed record Extension(
    DateOnly PreviousDueOn, DateOnly NewDueOn, string Reason, DateTimeOffset ExtendedAt, string ExtendedBy, string? MessageToComplainant = null);

internal sealed record Decision(DecisionOutcome Outcome, string Reasoning, string? Remedy, DateTimeOffset DecidedAt, string DecidedBy);

/// <summary>The decision letter as sent: <see cref="SentOn"/> is the local (Amsterdam) date compared with the due date.</summary>
internal sealed record DecisionLetter(CorrespondenceChannel Channel, DateTimeOffset SentAt, DateOnly SentOn, string SentBy, bool InTime);

internal sealed record Referral(
    DateOnly SubmittedOn,
    string Body,
    string CaseNumber,
    DateTimeOffset RecordedAt,
    string RecordedBy,
    ReferralOutcome? Outcome = null,
    DateOnly? DecidedOn = null,
    DateTimeOffset? ConcludedAt = null,
    string? ConcludedBy = null)
{
    public bool IsOpen => Outcome is null;
}

internal sealed record Closure(bool ComplainantSatisfied, DateTimeOffset ClosedAt, string ClosedBy);

using System.ComponentModel;

namespace Klachten.Modules.Intake.Contracts;

public enum ComplainantType
{
    [Description("Schuldenaar")]
    Debtor,
    [Description("Opdrachtgever")]
    Client,
    [Description("Anders")]
    Other,
}

public enum IntakeChannel
{
    [Description("Telefonisch")]
    Phone,
    [Description("Per e-mail")]
    Email,
    [Description("Per brief")]
    Letter,
    [Description("Via het webformulier")]
    WebForm,
    [Description("Persoonlijk")]
    InPerson,
}

/// <summary>
/// A complaint was registered on the complete registration form. Carries what other modules need to do their part,
/// and no personal data of the complainant (geheimhouding): that stays in Intake.
/// </summary>
public sealed record ComplaintRegistered(
    Guid ComplaintId,
    string Reference,
    DateTimeOffset ReceivedAt,
    DateOnly ReceivedOn,
    ComplainantType ComplainantType,
    IntakeChannel Channel,
    string? CollectionAgent,
    string? FileNumber,
    string RegisteredBy,
    DateOnly AcknowledgementDueOn,
    DateOnly SettlementDueOn);

/// <summary>The written acknowledgement of receipt (ontvangstbevestiging) was sent.</summary>
public sealed record ReceiptAcknowledged(
    Guid ComplaintId,
    string Reference,
    DateTimeOffset AcknowledgedAt,
    string AcknowledgedBy,
    bool InTime);

/// <summary>
/// The acknowledgement term passed without a written acknowledgement (recorded once per complaint, with the notice to the
/// quality manager). The analysis counts it as a breach of the acknowledgement term.
/// </summary>
public sealed record AcknowledgementDeadlineBreached(
    Guid ComplaintId,
    string Reference,
    DateOnly AcknowledgementDueOn,
    DateTimeOffset RecordedAt);

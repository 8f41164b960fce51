using Klachten.Modules.Intake.Contracts;

namespace Klachten.Modules.Intake.Application.GetComplaint;

internal sealed record ComplaintDto(
    Guid Id,
    string Reference,
    string Status,
    ComplainantDto Complainant,
    string? FileNumber,
    string? CollectionAgent,
    IntakeChannel Channel,
    DateTimeOffset ReceivedAt,
    DateOnly ReceivedOn,
    string Description,
    string RequestedOutcome,
    string RegisteredBy,
    DateTimeOffset RegisteredAt,
    DateOnly AcknowledgementDueOn,
    DateOnly SettlementDueOn,
    DateTimeOffset? AcknowledgedAt,
    string? AcknowledgedBy,
    string? AcknowledgementChannel,
    DateTimeOffset? AcknowledgementBreachRecordedAt,
    string? HandlingOfficer,
    DateTimeOffset? ClosedAt,
    DateTimeOffset? AnonymisedAt);

internal sealed record ComplainantDto(string Name, ComplainantType Type, string? Email, string? Phone, AddressDto? Address);

internal sealed record AddressDto(string Street, string PostalCode, string City);

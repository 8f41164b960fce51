using Klachten.BuildingBlocks.Web;
using Klachten.Modules.Intake.Contracts;

namespace Klachten.Modules.Intake.Application.GetComplaint;

/// <summary>AllowedActions: what the caller may do now (acknowledge, when at least one channel reaches the complainant), so that a
/// screen offers only that.</summary>
internal sealed record ComplaintDto(
    Guid Id,
    string Reference,
    [property: OneOf(typeof(ListComplaints.ComplaintStatus))] string Status,
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
    [property: OneOf(typeof(Domain.AcknowledgementChannel))] string? AcknowledgementChannel,
    DateTimeOffset? AcknowledgementBreachRecordedAt,
    string? HandlingOfficer,
    DateTimeOffset? ClosedAt,
    DateTimeOffset? AnonymisedAt,
    [property: OneOf(typeof(IntakeActions))] IReadOnlyList<string> AllowedActions);

/// <summary>Salutation: Mr, Mrs or None (unknown; complaints registered before it was asked). ContactPerson: for an organisation.</summary>
internal sealed record ComplainantDto(
    string Name, ComplainantType Type, string? Email, string? Phone, AddressDto? Address, string Salutation, ContactPersonDto? ContactPerson);

internal sealed record ContactPersonDto(string Name, string Salutation);

internal sealed record AddressDto(string Street, string PostalCode, string City);

using Klachten.BuildingBlocks.Application;

namespace Klachten.Modules.Intake.Application.RegisterComplaint;

/// <summary>
/// The registration form (klachtenregistratieformulier). Enums and the receipt moment travel as strings so every bad field is
/// reported at once. The registering user is the current user. Batched: registrations are committed together by the registration batch writer (ADR 0008).
/// </summary>
internal sealed record RegisterComplaintCommand(
    ComplainantInput? Complainant,
    string? FileNumber,
    string? CollectionAgent,
    string? Channel,
    string? ReceivedAt,
    string? Description,
    string? RequestedOutcome) : IBatchedCommand<RegisteredComplaintDto>;

internal sealed record ComplainantInput(string? Name, string? Type, string? Email, string? Phone, AddressInput? Address);

internal sealed record AddressInput(string? Street, string? PostalCode, string? City);

internal sealed record RegisteredComplaintDto(
    Guid Id,
    string Reference,
    DateOnly ReceivedOn,
    DateOnly AcknowledgementDueOn,
    DateOnly SettlementDueOn);

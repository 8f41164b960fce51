using Klachten.BuildingBlocks.Application;

namespace Klachten.Modules.Intake.Application.RegisterComplaint;

/// <summary>The registration form (klachtenregistratieformulier). Enums and the receipt moment travel as strings so every bad field is reported at once.</summary>
internal sealed record RegisterComplaintCommand(
    ComplainantInput? Complainant,
    string? FileNumber,
    string? CollectionAgent,
    string? Channel,
    string? ReceivedAt,
    string? Description,
    string? RequestedOutcome,
    string RegisteredBy) : ICommand<RegisteredComplaintDto>;

internal sealed record ComplainantInput(string? Name, string? Type, string? Email, string? Phone, AddressInput? Address);

internal sealed record AddressInput(string? Street, string? PostalCode, string? City);

internal sealed record RegisteredComplaintDto(
    Guid Id,
    string Reference,
    DateOnly ReceivedOn,
    DateOnly AcknowledgementDueOn,
    DateOnly SettlementDueOn,
    IReadOnlyList<Guid> CorrespondenceToSend);

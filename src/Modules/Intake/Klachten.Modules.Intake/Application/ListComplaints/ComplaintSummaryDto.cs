using Klachten.BuildingBlocks.Web;
using Klachten.Modules.Intake.Contracts;

namespace Klachten.Modules.Intake.Application.ListComplaints;

/// <summary>No complaint text and no complainant data: safe for every colleague who may list.</summary>
internal sealed record ComplaintSummaryDto(
    Guid Id,
    string Reference,
    [property: OneOf(typeof(ComplaintStatus))] string Status,
    ComplainantType ComplainantType,
    IntakeChannel Channel,
    string? FileNumber,
    DateTimeOffset ReceivedAt,
    DateOnly ReceivedOn,
    DateOnly AcknowledgementDueOn,
    DateOnly SettlementDueOn,
    DateTimeOffset? AcknowledgedAt,
    string RegisteredBy,
    string? HandlingOfficer);

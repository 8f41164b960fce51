namespace Klachten.Modules.Handling.Contracts;

/// <summary>A complaints officer now handles the complaint; Intake uses it for its confidentiality rule.</summary>
public sealed record HandlerAssigned(
    Guid ComplaintId,
    string Officer,
    string? PreviousOfficer,
    DateTimeOffset AssignedAt,
    string AssignedBy);

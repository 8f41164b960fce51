namespace Klachten.Modules.Classification.Application.GetClassificationQueue;

/// <summary>A complaint not yet classified. No complaint text: that stays in Intake.</summary>
internal sealed record QueuedComplaintDto(
    Guid ComplaintId, string Reference, DateTimeOffset ReceivedAt, DateOnly ReceivedOn, DateTimeOffset QueuedAt);

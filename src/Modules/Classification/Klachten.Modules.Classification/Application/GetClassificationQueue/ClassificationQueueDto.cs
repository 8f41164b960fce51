namespace Klachten.Modules.Classification.Application.GetClassificationQueue;

/// <summary>One page of the complaints not yet classified, oldest first. No complaint text: that stays in Intake.</summary>
internal sealed record ClassificationQueueDto(IReadOnlyList<QueuedComplaintDto> Items, int Page, int PageSize, long TotalCount);

internal sealed record QueuedComplaintDto(Guid ComplaintId, string Reference, DateTimeOffset ReceivedAt, DateOnly ReceivedOn, DateTimeOffset QueuedAt);

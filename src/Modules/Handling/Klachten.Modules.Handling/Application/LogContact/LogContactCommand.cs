using Klachten.BuildingBlocks.Application;

namespace Klachten.Modules.Handling.Application.LogContact;

/// <summary>A contact with the complainant while seeking a solution: when, how, what was said, what was agreed next.</summary>
internal sealed record LogContactCommand(Guid ComplaintId, string? ContactedAt, string? Channel, string? Summary, string? NextStep)
    : ICommand<LogContactResult>;

internal sealed record LogContactResult(Guid ComplaintId, Guid ContactId);

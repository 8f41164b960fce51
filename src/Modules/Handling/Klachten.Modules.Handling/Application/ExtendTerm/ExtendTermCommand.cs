using Klachten.BuildingBlocks.Application;

namespace Klachten.Modules.Handling.Application.ExtendTerm;

internal sealed record ExtendTermCommand(Guid ComplaintId, DateOnly? NewDueOn, string? Reason) : ICommand<ExtendTermResult>;

internal sealed record ExtendTermResult(Guid ComplaintId, DateOnly PreviousDueOn, DateOnly SettlementDueOn, Guid NoticeId, string NoticeChannel);

using System.ComponentModel.DataAnnotations;
using Klachten.BuildingBlocks.Application;

namespace Klachten.Modules.Handling.Application.ExtendTerm;

internal sealed record ExtendTermCommand(Guid ComplaintId, DateOnly NewDueOn, string Reason) : ICommand<ExtendTermResult>;

internal sealed record ExtendTermResult(
    Guid ComplaintId, DateOnly PreviousDueOn, DateOnly SettlementDueOn, Guid NoticeId, string NoticeChannel);

/// <summary>The extension as sent, checked by <see cref="ExtendTermCommandValidator"/>.</summary>
internal sealed record ExtensionRequest([property: Required] DateOnly? NewDueOn, [property: Required] string? Reason)
{
    public ExtendTermCommand ToCommand(Guid complaintId) => new(complaintId, NewDueOn!.Value, Reason!.Trim());
}

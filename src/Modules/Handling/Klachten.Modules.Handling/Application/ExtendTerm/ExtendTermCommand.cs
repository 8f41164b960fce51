using System.ComponentModel.DataAnnotations;
using Klachten.BuildingBlocks.Application;
using Klachten.BuildingBlocks.Web;

namespace Klachten.Modules.Handling.Application.ExtendTerm;

internal sealed record ExtendTermCommand(Guid ComplaintId, DateOnly NewDueOn, string Reason, string MessageToComplainant)
    : ICommand<ExtendTermResult>;

internal sealed record ExtendTermResult(
    Guid ComplaintId, DateOnly PreviousDueOn, DateOnly SettlementDueOn, Guid NoticeId, string NoticeChannel);

/// <summary>The extension as sent, checked by <see cref="ExtendTermCommandValidator"/>.</summary>
internal sealed record ExtensionRequest(
    [property: Required] DateOnly? NewDueOn,
    [property: Required, InternalText("Why the term is extended, for the file.")] string? Reason,
    [property: Required, ReachesComplainant("Why the complainant waits longer for the decision, as the extension notice tells them.")]
    string? MessageToComplainant)
{
    public ExtendTermCommand ToCommand(Guid complaintId) =>
        new(complaintId, NewDueOn!.Value, CleanText.Normalize(Reason!.Trim()), CleanText.Normalize(MessageToComplainant!.Trim()));
}

using System.ComponentModel.DataAnnotations;
using Klachten.BuildingBlocks.Application;
using Klachten.BuildingBlocks.Web;
using Klachten.Modules.Handling.Domain;

namespace Klachten.Modules.Handling.Application.SendDecisionLetter;

/// <summary>Sends the decision letter: by e-mail with the letter as PDF (delivered after commit, retried by the sweep) or by post (printed, then recorded as posted).</summary>
internal sealed record SendDecisionLetterCommand(Guid ComplaintId, CorrespondenceChannel Channel) : ICommand<DecisionLetterResult>;

internal sealed record DecisionLetterResult(
    Guid ComplaintId, CaseStatus Status, Guid CorrespondenceId, [property: OneOf(typeof(CorrespondenceChannel))] string Channel, DateTimeOffset SentAt, string SentBy, bool InTime);

/// <summary>The channel as sent, checked by <see cref="SendDecisionLetterCommandValidator"/>.</summary>
internal sealed record DecisionLetterRequest([property: Required, OneOf(typeof(CorrespondenceChannel))] string? Channel)
{
    public SendDecisionLetterCommand ToCommand(Guid complaintId) => new(complaintId, EnumNames.Parse<CorrespondenceChannel>(Channel));
}

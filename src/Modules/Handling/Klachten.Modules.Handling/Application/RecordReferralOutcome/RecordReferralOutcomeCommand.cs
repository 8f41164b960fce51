using System.ComponentModel.DataAnnotations;
using Klachten.BuildingBlocks.Application;
using Klachten.BuildingBlocks.Web;
using Klachten.Modules.Handling.Application.Abstractions;
using Klachten.Modules.Handling.Domain;

namespace Klachten.Modules.Handling.Application.RecordReferralOutcome;

internal sealed record RecordReferralOutcomeCommand(
    Guid ComplaintId, ReferralOutcome Outcome, DateOnly DecidedOn) : ICommand<CaseStepResult>;

/// <summary>The committee's outcome as sent, checked by <see cref="RecordReferralOutcomeCommandValidator"/>.</summary>
internal sealed record ReferralOutcomeRequest(
    [property: Required, OneOf(typeof(ReferralOutcome))] string? Outcome, [property: Required] DateOnly? DecidedOn)
{
    public RecordReferralOutcomeCommand ToCommand(Guid complaintId) =>
        new(complaintId, EnumNames.Parse<ReferralOutcome>(Outcome), DecidedOn!.Value);
}

using System.ComponentModel.DataAnnotations;
using Klachten.BuildingBlocks.Application;
using Klachten.Modules.Handling.Application.Abstractions;

namespace Klachten.Modules.Handling.Application.RecordReferral;

/// <summary>The complainant took the complaint to the disputes committee; <see cref="Body"/> null means the configured committee.</summary>
internal sealed record RecordReferralCommand(
    Guid ComplaintId, DateOnly SubmittedOn, string? Body, string CaseNumber) : ICommand<CaseStepResult>;

/// <summary>The referral as sent, checked by <see cref="RecordReferralCommandValidator"/>.</summary>
internal sealed record ReferralRequest([property: Required] DateOnly? SubmittedOn, string? Body, [property: Required] string? CaseNumber)
{
    public RecordReferralCommand ToCommand(Guid complaintId) =>
        new(complaintId, SubmittedOn!.Value, string.IsNullOrWhiteSpace(Body) ? null : CleanText.Normalize(Body.Trim()),
            CleanText.Normalize(CaseNumber!.Trim()));
}

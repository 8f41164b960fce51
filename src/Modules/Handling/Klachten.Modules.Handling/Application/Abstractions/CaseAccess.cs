using Klachten.BuildingBlocks.Application;
using Klachten.Modules.Handling.Domain;

namespace Klachten.Modules.Handling.Application.Abstractions;

/// <summary>
/// Confidentiality (geheimhouding): an officer sees and works on the cases assigned to them; the quality manager and
/// management see all cases. Enforced in handlers because it depends on data (who handles the case). The case list also
/// shows an officer the unassigned cases (no confidential content), so that they can take one; their details stay closed.
/// </summary>
internal static class CaseAccess
{
    public const string Module = "Handling";
    public const string Subject = "HandlingCase";

    public static bool IsHandler(ICurrentUser user, string? officer) =>
        officer is not null && user.IsInRole(Roles.ComplaintsOfficer) && string.Equals(officer, user.UserName, StringComparison.OrdinalIgnoreCase);

    public static bool MayRead(ICurrentUser user, string? officer) => user.SeesAllComplaints() || IsHandler(user, officer);

    /// <summary>
    /// A step of the handling itself: the assigned officer, or (where <paramref name="qualityManagerMayAct"/>) the quality manager.
    /// An unassigned case passes, so the domain can refuse the step with <c>not_assigned</c>.
    /// </summary>
    public static void EnsureMayAct(ICurrentUser user, HandlingCase handlingCase, bool qualityManagerMayAct)
    {
        if (handlingCase.Officer is null || IsHandler(user, handlingCase.Officer)
            || (qualityManagerMayAct && user.IsInRole(Roles.QualityManager)))
        {
            return;
        }

        throw new ForbiddenException($"Handling case {handlingCase.ComplaintId} is handled by another officer.");
    }
}

/// <summary>What every step on a case answers: where the case stands now.</summary>
internal sealed record CaseStepResult(Guid ComplaintId, CaseStatus Status, string? Officer, DateOnly SettlementDueOn)
{
    public static CaseStepResult Of(HandlingCase handlingCase) =>
        new(handlingCase.ComplaintId, handlingCase.Status, handlingCase.Officer, handlingCase.DueOn);
}

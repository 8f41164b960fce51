using Klachten.BuildingBlocks.Application;
using Klachten.BuildingBlocks.Domain;
using Klachten.Modules.Handling.Contracts;
using Klachten.Modules.Handling.Domain;
using Klachten.Modules.Intake.Contracts;

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
    /// A step of the handling itself: the assigned officer, or (where the step lets them, <see cref="CaseStep.QualityManagerMayAct"/>)
    /// the quality manager. An unassigned case passes, so the domain can refuse the step with <c>not_assigned</c>.
    /// </summary>
    public static bool MayAct(ICurrentUser user, HandlingCase handlingCase, CaseStep step) =>
        handlingCase.Officer is null || IsHandler(user, handlingCase.Officer)
        || (step.QualityManagerMayAct && user.IsInRole(Roles.QualityManager));

    public static void EnsureMayAct(ICurrentUser user, HandlingCase handlingCase, CaseStep step)
    {
        if (!MayAct(user, handlingCase, step))
        {
            throw new ForbiddenException($"Handling case {handlingCase.ComplaintId} is handled by another officer.");
        }
    }
}

/// <summary>
/// A step on a case: its name in <c>allowedActions</c> (one of <see cref="HandlingActions"/>), and whether the quality manager
/// may take it on someone's case.
/// </summary>
internal sealed record CaseStep(string Name, bool QualityManagerMayAct)
{
    public static readonly CaseStep Assign = new(HandlingActions.Assign, true);
    public static readonly CaseStep LogContact = new(HandlingActions.LogContact, false);
    public static readonly CaseStep Extend = new(HandlingActions.Extend, false);
    public static readonly CaseStep Decide = new(HandlingActions.Decide, false);
    public static readonly CaseStep SendDecisionLetter = new(HandlingActions.SendDecisionLetter, false);
    public static readonly CaseStep Refer = new(HandlingActions.Refer, true);
    public static readonly CaseStep RecordReferralOutcome = new(HandlingActions.RecordReferralOutcome, true);
    public static readonly CaseStep Close = new(HandlingActions.Close, true);
}

/// <summary>
/// The steps the current user may take on a case now (<c>allowedActions</c>): the same role and access checks as the step's
/// handler, the same state rules as the aggregate (its WhyNot... answers) and, for a letter to the complainant, the same route
/// rule (LetterRoutes), so that a listed step does not fail on them. The extension notice goes by the route the system picks;
/// the decision letter by the channel the caller picks, so it is offered when at least one route reaches the complainant.
/// </summary>
internal static class CaseActions
{
    public static IReadOnlyList<string> For(ICurrentUser user, HandlingCase handlingCase, DateOnly today, LetterReach reach)
    {
        if (!user.IsInRole(Roles.ComplaintsOfficer) && !user.IsInRole(Roles.QualityManager))
        {
            return [];
        }

        var actions = new List<string>();
        void Offer(CaseStep step, bool allowedByTheCase)
        {
            if (allowedByTheCase && CaseAccess.MayAct(user, handlingCase, step))
            {
                actions.Add(step.Name);
            }
        }

        // The quality manager assigns anyone (and so someone, unless the case is closed); an officer only takes a case for themselves.
        Offer(CaseStep.Assign, user.IsInRole(Roles.QualityManager)
            ? handlingCase.IsOpenForAssignment
            : handlingCase.WhyNotAssign(user.UserName, selfAssignment: true) is null);
        Offer(CaseStep.LogContact, handlingCase.WhyNotLogContact() is null);
        var reachable = LetterRoutes.AnyRoute(reach.HasEmail, reach.HasPostalAddress);
        Offer(CaseStep.Extend, handlingCase.WhyNotExtend(today) is null && reachable);
        Offer(CaseStep.Decide, handlingCase.WhyNotDecide() is null);
        Offer(CaseStep.SendDecisionLetter, handlingCase.WhyNotSendDecisionLetter() is null && reachable);
        Offer(CaseStep.Refer, handlingCase.WhyNotRefer() is null);
        Offer(CaseStep.RecordReferralOutcome, handlingCase.WhyNotConcludeReferral() is null);
        Offer(CaseStep.Close, handlingCase.WhyNotClose() is null);
        return actions;
    }
}

/// <summary>What every step on a case answers: where the case stands now.</summary>
internal sealed record CaseStepResult(Guid ComplaintId, CaseStatus Status, string? Officer, DateOnly SettlementDueOn)
{
    public static CaseStepResult Of(HandlingCase handlingCase) =>
        new(handlingCase.ComplaintId, handlingCase.Status, handlingCase.Officer, handlingCase.DueOn);
}

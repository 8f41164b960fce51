using Klachten.BuildingBlocks.Application;
using Klachten.BuildingBlocks.Domain;
using Klachten.Modules.Intake.Contracts;
using Klachten.Modules.Intake.Domain;

namespace Klachten.Modules.Intake.Application.Abstractions;

/// <summary>
/// Geheimhouding: complaint text and complainant data are for the quality manager, management, the complaints officer
/// handling the complaint (told by Handling's HandlerAssigned), and the employee who registered it.
/// </summary>
internal static class ComplaintAccess
{
    public static bool MaySeeDetails(ICurrentUser user, string registeredBy, string? handlingOfficer) =>
        user.SeesAllComplaints()
        || SameUser(user.UserName, registeredBy)
        || (user.IsInRole(Roles.ComplaintsOfficer) && SameUser(user.UserName, handlingOfficer));

    /// <summary>The quality manager always; a complaints officer when handling it, or while nobody is assigned yet.</summary>
    public static bool MayAcknowledge(ICurrentUser user, string? handlingOfficer) =>
        user.IsInRole(Roles.QualityManager)
        || (user.IsInRole(Roles.ComplaintsOfficer) && (handlingOfficer is null || SameUser(user.UserName, handlingOfficer)));

    /// <summary>
    /// What the user may do with the complaint now (<c>allowedActions</c>): <c>acknowledge</c>, by the same access rule, domain
    /// rule and route rule the acknowledgement checks. The caller picks the channel, so it is offered when at least one route
    /// reaches the complainant (an erased complaint has none); the channel without an address is still a 422.
    /// </summary>
    public static IReadOnlyList<string> AllowedActions(ICurrentUser user, string? handlingOfficer, DateTimeOffset? acknowledgedAt,
        bool hasEmail, bool hasPostalAddress) =>
        MayAcknowledge(user, handlingOfficer) && Acknowledgement.WhyNotSend(acknowledgedAt) is null
            && LetterRoutes.AnyRoute(hasEmail, hasPostalAddress)
            ? [IntakeActions.Acknowledge]
            : [];

    private static bool SameUser(string userName, string? other) =>
        other is not null && string.Equals(userName, other, StringComparison.OrdinalIgnoreCase);
}

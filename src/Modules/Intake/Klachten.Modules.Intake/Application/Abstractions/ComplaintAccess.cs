using Klachten.BuildingBlocks.Application;
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
    /// What the user may do with the complaint now (<c>allowedActions</c>): <c>acknowledge</c>, by the same access rule and domain
    /// rule the acknowledgement checks (whether the chosen channel reaches the complainant depends on the channel chosen).
    /// </summary>
    public static IReadOnlyList<string> AllowedActions(ICurrentUser user, string? handlingOfficer, DateTimeOffset? acknowledgedAt) =>
        MayAcknowledge(user, handlingOfficer) && Acknowledgement.WhyNotSend(acknowledgedAt) is null ? ["acknowledge"] : [];

    private static bool SameUser(string userName, string? other) =>
        other is not null && string.Equals(userName, other, StringComparison.OrdinalIgnoreCase);
}

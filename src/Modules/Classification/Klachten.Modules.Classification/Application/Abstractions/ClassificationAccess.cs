using Klachten.BuildingBlocks.Application;
using Klachten.Modules.Classification.Contracts;

namespace Klachten.Modules.Classification.Application.Abstractions;

/// <summary>
/// Geheimhouding: the classification, with its free-text root-cause note, is for the quality manager, management and the
/// complaints officer who handles the complaint (told by Handling's HandlerAssigned). Only the quality manager classifies.
/// </summary>
internal static class ClassificationAccess
{
    public const string Classify = ClassificationActions.Classify;

    public static bool MayRead(ICurrentUser user, string? handlingOfficer) =>
        user.SeesAllComplaints() || string.Equals(user.UserName, handlingOfficer, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// <c>classify</c> for the quality manager, when a classification can pass the reference lists: a category is active to
    /// choose, or the complaint already carries one (kept, it stays valid when retired).
    /// </summary>
    public static IReadOnlyList<string> AllowedActions(ICurrentUser user, bool categoryToChoose) =>
        user.IsInRole(Roles.QualityManager) && categoryToChoose ? [Classify] : [];
}

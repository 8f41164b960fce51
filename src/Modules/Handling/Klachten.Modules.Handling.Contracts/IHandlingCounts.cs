namespace Klachten.Modules.Handling.Contracts;

/// <summary>
/// The counts of Handling's cases a start screen shows (GET /api/dashboard), computed in Handling. With a viewer: the cases
/// that officer may list (their own and the unassigned ones they may take), as the list of cases shows them.
/// </summary>
public interface IHandlingCounts
{
    Task<HandlingCounts> CountAsync(HandlingCountRequest request, CancellationToken cancellationToken);
}

/// <param name="Viewer">null: the whole office; else the officer whose cases are counted</param>
/// <param name="Today">the local date (Europe/Amsterdam) a term must not have passed</param>
/// <param name="WeekEndsOn">the last day (Sunday) of this week</param>
/// <param name="AssignedTo">the user whose assigned open cases are counted as AssignedToUser</param>
public sealed record HandlingCountRequest(string? Viewer, DateOnly Today, DateOnly WeekEndsOn, string AssignedTo);

/// <param name="OpenPerStatus">every status but Closed, with its count (0 included), in the order of the procedure</param>
/// <param name="SettlementDueThisWeek">no decision letter yet, the term in force ends from today to the end of the week</param>
/// <param name="SettlementOverdue">no decision letter yet, the term in force passed</param>
/// <param name="AssignedToUser">open cases of the user</param>
/// <param name="Unassigned">open cases without an officer (that the viewer may take)</param>
public sealed record HandlingCounts(
    IReadOnlyList<CaseStatusCount> OpenPerStatus, int SettlementDueThisWeek, int SettlementOverdue, int AssignedToUser, int Unassigned);

public sealed record CaseStatusCount(string Status, int Count);

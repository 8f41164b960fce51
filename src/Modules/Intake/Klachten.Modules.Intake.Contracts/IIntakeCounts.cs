namespace Klachten.Modules.Intake.Contracts;

/// <summary>
/// The counts of Intake's complaints a start screen shows (GET /api/dashboard), computed in Intake. With a viewer: only the
/// complaints that user may list (registered by them or handled by them), as the list of complaints shows them.
/// </summary>
public interface IIntakeCounts
{
    Task<IntakeCounts> CountAsync(IntakeCountRequest request, CancellationToken cancellationToken);
}

/// <param name="Viewer">null: the whole office; else the user whose own complaints are counted</param>
/// <param name="Today">the local date (Europe/Amsterdam) a term must not have passed</param>
/// <param name="WeekEndsOn">the last day (Sunday) of this week: due this week is due from today to this day</param>
public sealed record IntakeCountRequest(string? Viewer, DateOnly Today, DateOnly WeekEndsOn);

/// <param name="Registered">open and not yet acknowledged</param>
/// <param name="Acknowledged">open and acknowledged</param>
/// <param name="AcknowledgementDueThisWeek">not acknowledged, due from today to the end of the week</param>
/// <param name="AcknowledgementOverdue">not acknowledged, the due day passed</param>
/// <param name="RegisteredByViewer">open, registered by the viewer (0 without one)</param>
public sealed record IntakeCounts(int Registered, int Acknowledged, int AcknowledgementDueThisWeek, int AcknowledgementOverdue, int RegisteredByViewer);

namespace Klachten.Modules.PreventiveAction.Contracts;

/// <summary>
/// Management decided on a proposed measure: <see cref="Decision"/> is Approved, Rejected or Deferred. An approval names the
/// published yearly analysis it rests on; a decision taken in an office meeting names the meeting.
/// </summary>
public sealed record MeasureDecided(
    Guid MeasureId,
    string Reference,
    string Kind,
    string Decision,
    string Reasoning,
    int? AnalysisYear,
    int? AnalysisVersion,
    Guid? MeetingId,
    DateTimeOffset DecidedAt,
    string DecidedBy);

/// <summary>The owner completed a measure; its effectiveness is reviewed from <see cref="ReviewOn"/>.</summary>
public sealed record MeasureCompleted(
    Guid MeasureId,
    string Reference,
    string Kind,
    string Result,
    DateOnly CompletedOn,
    DateOnly ReviewOn,
    DateTimeOffset CompletedAt,
    string CompletedBy);

/// <summary>
/// The quality manager judged a completed measure Effective, PartlyEffective or NotEffective, with the complaint counts for
/// what it addressed in two equal periods before and after its completion. The measure is closed.
/// </summary>
public sealed record MeasureEffectivenessReviewed(
    Guid MeasureId,
    string Reference,
    string Effectiveness,
    DateOnly BeforeFrom,
    DateOnly BeforeTo,
    int ReceivedBefore,
    int UpheldBefore,
    DateOnly AfterFrom,
    DateOnly AfterTo,
    int ReceivedAfter,
    int UpheldAfter,
    DateTimeOffset ReviewedAt,
    string ReviewedBy);

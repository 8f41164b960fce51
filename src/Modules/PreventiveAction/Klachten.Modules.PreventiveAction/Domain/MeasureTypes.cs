using System.ComponentModel;

namespace Klachten.Modules.PreventiveAction.Domain;

internal enum MeasureStatus
{
    [Description("Voorgesteld")]
    Proposed,
    [Description("Goedgekeurd")]
    Approved,
    [Description("Afgewezen")]
    Rejected,
    [Description("Uitgesteld")]
    Deferred,
    [Description("In uitvoering")]
    InProgress,
    [Description("Uitgevoerd")]
    Completed,
    [Description("Afgesloten")]
    Closed,
    [Description("Geannuleerd")]
    Cancelled,
}

internal enum MeasureDecision
{
    [Description("Goedgekeurd")]
    Approved,
    [Description("Afgewezen")]
    Rejected,
    [Description("Uitgesteld")]
    Deferred,
}

internal enum Effectiveness
{
    [Description("Effectief")]
    Effective,
    [Description("Gedeeltelijk effectief")]
    PartlyEffective,
    [Description("Niet effectief")]
    NotEffective,
}

/// <summary>A published version of a yearly analysis.</summary>
internal sealed record AnalysisReference(int Year, int Version);

/// <summary>What a measure addresses: a recommendation of a published yearly analysis and/or category and root-cause codes.</summary>
internal sealed record Addressed(Guid? RecommendationId, AnalysisReference? Analysis, IReadOnlyList<string> Categories,
    IReadOnlyList<string> RootCauses)
{
    public static Addressed Codes(IReadOnlyList<string> categories, IReadOnlyList<string> rootCauses) => new(null, null, categories,
        rootCauses);
}

internal sealed record DecisionRecord(
    MeasureDecision Decision, string Reasoning, AnalysisReference? Analysis, Guid? MeetingId, string DecidedBy, DateTimeOffset DecidedAt);

internal sealed record Plan(string Owner, DateOnly DueOn, DateOnly ReviewOn, string StartedBy, DateTimeOffset StartedAt);

internal sealed record Completion(string Result, DateOnly CompletedOn, string CompletedBy, DateTimeOffset CompletedAt);

/// <summary>Amsterdam dates, both inclusive.</summary>
internal sealed record Period(DateOnly From, DateOnly To)
{
    public int Days => To.DayNumber - From.DayNumber + 1;
}

internal sealed record PeriodCount(Period Period, int Received, int Upheld);

internal sealed record EffectivenessReview(
    Effectiveness Verdict, string Notes, PeriodCount Before, PeriodCount After, string ReviewedBy, DateTimeOffset ReviewedAt);

internal sealed record Cancellation(string Reason, string CancelledBy, DateTimeOffset CancelledAt);

/// <summary>One step of a measure's history as it is appended (never changed or deleted).</summary>
internal sealed record MeasureStep(string Step, string? Note, object? Details, string By, DateTimeOffset At);

/// <summary>The stable codes of refused steps (ProblemDetails <c>code</c>).</summary>
internal static class MeasureErrors
{
    public const string NotProposed = "measure_not_proposed";
    public const string NotApproved = "measure_not_approved";
    public const string NotInProgress = "measure_not_in_progress";
    public const string NotCompleted = "measure_not_completed";
    public const string ReviewNotDue = "review_not_due";
    public const string NotCancellable = "measure_not_cancellable";
    public const string NotIneffective = "measure_not_ineffective";
    public const string FollowUpExists = "follow_up_exists";
    public const string ApprovalNeedsAnalysis = "approval_needs_analysis";
    public const string DueDateInPast = "due_date_in_past";
    public const string ReviewBeforeDueDate = "review_before_due_date";
    public const string TrainingNotHeld = "training_not_held";
    public const string NotTraining = "measure_not_training";
    public const string NotOwner = "not_owner";
    public const string RecommendationTaken = "recommendation_taken";
    public const string AnalysisNotPublished = "analysis_not_published";
    public const string MeetingClosed = "meeting_closed";
}

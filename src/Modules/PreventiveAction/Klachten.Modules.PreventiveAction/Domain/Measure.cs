using Klachten.BuildingBlocks.Domain;
using Klachten.Modules.Analysis.Contracts;

namespace Klachten.Modules.PreventiveAction.Domain;

/// <summary>
/// An improvement measure (maatregel) as ISO 9001 §10.2 asks of a corrective-action record: what it addresses, the decision of
/// management, who carries it out by when, its result and a review of its effect. Proposed → Approved | Rejected | Deferred
/// (a deferred measure is decided again) → InProgress → Completed → Closed by the effectiveness review; management may cancel
/// it until it is completed. Every refused step throws a <see cref="DomainRuleException"/> before anything changes, and every
/// step is appended to <see cref="NewSteps"/>: nothing is overwritten in the history or deleted.
/// </summary>
internal sealed class Measure
{
    private readonly List<MeasureStep> _newSteps = [];

    private Measure(Guid id, string reference, string title, string description, MeasureKind kind, Addressed addressed, Guid? followUpOf,
        string proposedBy, DateTimeOffset proposedAt)
    {
        Id = id;
        Reference = reference;
        Title = title;
        Description = description;
        Kind = kind;
        Addressed = addressed;
        FollowUpOf = followUpOf;
        ProposedBy = proposedBy;
        ProposedAt = proposedAt;
    }

    public Guid Id { get; }
    public string Reference { get; }
    public string Title { get; }
    public string Description { get; }
    public MeasureKind Kind { get; }
    public Addressed Addressed { get; }
    public Guid? FollowUpOf { get; }
    public string ProposedBy { get; }
    public DateTimeOffset ProposedAt { get; }
    public MeasureStatus Status { get; private set; }
    public DecisionRecord? Decision { get; private set; }
    public Plan? Plan { get; private set; }
    public Completion? Completion { get; private set; }
    public EffectivenessReview? Review { get; private set; }
    public Cancellation? Cancellation { get; private set; }
    public Guid? FollowUpId { get; private set; }
    public int Version { get; private set; }

    public IReadOnlyList<MeasureStep> NewSteps => _newSteps;

    public static Measure Propose(Guid id, string reference, string title, string description, MeasureKind kind, Addressed addressed,
        Guid? followUpOf, string proposedBy, DateTimeOffset proposedAt)
    {
        var measure = new Measure(id, reference, title, description, kind, addressed, followUpOf, proposedBy, proposedAt)
        {
            Status = MeasureStatus.Proposed,
        };
        measure._newSteps.Add(new MeasureStep("Proposed", null, new
        {
            Kind = kind,
            addressed.RecommendationId,
            AnalysisYear = addressed.Analysis?.Year,
            AnalysisVersion = addressed.Analysis?.Version,
            addressed.Categories,
            addressed.RootCauses,
            FollowUpOf = followUpOf,
        }, proposedBy, proposedAt));
        return measure;
    }

    /// <summary>Rebuilds a measure from storage; no rule runs.</summary>
    public static Measure Restore(Guid id, string reference, string title, string description, MeasureKind kind, Addressed addressed,
        Guid? followUpOf, string proposedBy, DateTimeOffset proposedAt, MeasureStatus status, DecisionRecord? decision, Plan? plan,
        Completion? completion, EffectivenessReview? review, Cancellation? cancellation, Guid? followUpId, int version) =>
        new(id, reference, title, description, kind, addressed, followUpOf, proposedBy, proposedAt)
        {
            Status = status,
            Decision = decision,
            Plan = plan,
            Completion = completion,
            Review = review,
            Cancellation = cancellation,
            FollowUpId = followUpId,
            Version = version,
        };

    /// <summary>
    /// Management decides on a proposed (or earlier deferred) measure; an approval names the published analysis it rests on.
    /// </summary>
    public DecisionRecord Decide(MeasureDecision decision, string reasoning, AnalysisReference? analysis, Guid? meetingId, string by,
        DateTimeOffset at)
    {
        EnsureDecidable();

        if (decision == MeasureDecision.Approved && analysis is null)
        {
            throw new DomainRuleException(MeasureErrors.ApprovalNeedsAnalysis,
                "An approval names the published yearly analysis (year and version) it rests on.", RuleKind.Unprocessable);
        }

        var record = new DecisionRecord(decision, reasoning, analysis, meetingId, by, at);
        Decision = record;
        Status = decision switch
        {
            MeasureDecision.Approved => MeasureStatus.Approved,
            MeasureDecision.Rejected => MeasureStatus.Rejected,
            _ => MeasureStatus.Deferred,
        };
        _newSteps.Add(new MeasureStep("Decided", reasoning, new
        {
            Decision = decision,
            AnalysisYear = analysis?.Year,
            AnalysisVersion = analysis?.Version,
            MeetingId = meetingId,
        }, by, at));
        return record;
    }

    /// <summary>An approved measure gets its owner, due date and the date from which its effect is reviewed.</summary>
    public Plan Start(string owner, DateOnly dueOn, DateOnly reviewOn, DateOnly today, string by, DateTimeOffset at)
    {
        ThrowIf(WhyNotStart());
        if (dueOn < today)
        {
            throw new DomainRuleException(MeasureErrors.DueDateInPast, $"The due date {dueOn:yyyy-MM-dd} has passed.",
                RuleKind.Unprocessable);
        }

        if (reviewOn <= dueOn)
        {
            throw new DomainRuleException(MeasureErrors.ReviewBeforeDueDate,
                "The effectiveness review date must lie after the due date: its effect can only show after it is carried out.",
                RuleKind.Unprocessable);
        }

        Plan = new Plan(owner, dueOn, reviewOn, by, at);
        Status = MeasureStatus.InProgress;
        _newSteps.Add(new MeasureStep("Started", null, new { Owner = owner, DueOn = dueOn, ReviewOn = reviewOn }, by, at));
        return Plan;
    }

    public MeasureStep RecordProgress(string note, string by, DateTimeOffset at)
    {
        EnsureInProgress("record progress");
        var step = new MeasureStep("ProgressNoted", note, null, by, at);
        _newSteps.Add(step);
        return step;
    }

    /// <summary>The owner completes the measure; a training only once its sessions are held and attendance is recorded.</summary>
    public Completion Complete(string result, bool trainingHeld, DateOnly today, string by, DateTimeOffset at)
    {
        ThrowIf(WhyNotComplete(trainingHeld));

        Completion = new Completion(result, today, by, at);
        Status = MeasureStatus.Completed;
        _newSteps.Add(new MeasureStep("Completed", result, new { CompletedOn = today }, by, at));
        return Completion;
    }

    /// <summary>
    /// The two equal periods the review compares: after = the day after completion up to <paramref name="today"/>, before = as
    /// many days up to the day before completion. Refused before the review date and on the day of completion itself.
    /// </summary>
    public (Period Before, Period After) ReviewPeriods(DateOnly today)
    {
        ThrowIf(WhyNotReview(today));
        var after = new Period(Completion!.CompletedOn.AddDays(1), today);
        var before = new Period(Completion.CompletedOn.AddDays(-after.Days), Completion.CompletedOn.AddDays(-1));
        return (before, after);
    }

    public EffectivenessReview ReviewEffectiveness(Effectiveness verdict, string notes, PeriodCount before, PeriodCount after,
        DateOnly today, string by, DateTimeOffset at)
    {
        var (expectedBefore, expectedAfter) = ReviewPeriods(today);
        if (before.Period != expectedBefore || after.Period != expectedAfter)
        {
            throw new InvalidOperationException("The counts are not of the review's periods.");
        }

        Review = new EffectivenessReview(verdict, notes, before, after, by, at);
        Status = MeasureStatus.Closed;
        _newSteps.Add(new MeasureStep("EffectivenessReviewed", notes, new
        {
            Effectiveness = verdict,
            BeforeFrom = before.Period.From,
            BeforeTo = before.Period.To,
            ReceivedBefore = before.Received,
            UpheldBefore = before.Upheld,
            AfterFrom = after.Period.From,
            AfterTo = after.Period.To,
            ReceivedAfter = after.Received,
            UpheldAfter = after.Upheld,
        }, by, at));
        _newSteps.Add(new MeasureStep("Closed", null, null, by, at));
        return Review;
    }

    /// <summary>Management cancels a measure that is not completed (nor rejected, closed or cancelled already).</summary>
    public Cancellation Cancel(string reason, string by, DateTimeOffset at)
    {
        ThrowIf(WhyNotCancel());

        Cancellation = new Cancellation(reason, by, at);
        Status = MeasureStatus.Cancelled;
        _newSteps.Add(new MeasureStep("Cancelled", reason, null, by, at));
        return Cancellation;
    }

    /// <summary>A measure judged not effective leads to (at most) one follow-up measure, proposed with what it addressed.</summary>
    public Measure ProposeFollowUp(Guid id, string reference, string? title, string? description, MeasureKind? kind, string by,
        DateTimeOffset at)
    {
        ThrowIf(WhyNotProposeFollowUp());

        var followUp = Propose(id, reference, title ?? $"Vervolg op {Reference}: {Title}", description ?? Description, kind ?? Kind,
            Addressed, Id, by, at);
        FollowUpId = id;
        _newSteps.Add(new MeasureStep("FollowUpProposed", null, new { FollowUpId = id, FollowUpReference = reference }, by, at));
        return followUp;
    }

    /// <summary>Only a proposed or deferred measure is decided (checked before the handler looks up what the decision names).</summary>
    public void EnsureDecidable() => ThrowIf(WhyNotDecide());

    // What the measure allows now, apart from what a step is given: the steps check these before they change anything, and a
    // screen is offered the steps for which they find nothing (Application/Abstractions/MeasureActions), so the two cannot differ.

    public DomainRuleException? WhyNotDecide() =>
        Status is not (MeasureStatus.Proposed or MeasureStatus.Deferred)
            ? new DomainRuleException(MeasureErrors.NotProposed,
                $"Measure {Reference} is {Status}: only a proposed or deferred measure is decided.")
            : null;

    public DomainRuleException? WhyNotStart() =>
        Status != MeasureStatus.Approved
            ? new DomainRuleException(MeasureErrors.NotApproved,
                $"Measure {Reference} is {Status}: only an approved measure is started.")
            : null;

    public DomainRuleException? WhyNotRecordProgress() => WhyNotInProgress("record progress");

    /// <param name="trainingHeld">For a training: it has sessions, all held, with their attendance recorded.</param>
    public DomainRuleException? WhyNotComplete(bool trainingHeld) =>
        WhyNotInProgress("complete it")
        ?? (Kind == MeasureKind.Training && !trainingHeld
            ? new DomainRuleException(MeasureErrors.TrainingNotHeld,
                $"Training {Reference} completes when it has sessions, all held, with the attendance of every participant recorded.")
            : null);

    /// <summary>Sessions are planned for a training in progress.</summary>
    public DomainRuleException? WhyNotPlanSession() =>
        Kind != MeasureKind.Training
            ? new DomainRuleException(MeasureErrors.NotTraining, $"Measure {Reference} is not a training.", RuleKind.Unprocessable)
            : Status != MeasureStatus.InProgress
                ? new DomainRuleException(MeasureErrors.NotInProgress,
                    $"Measure {Reference} is {Status}: sessions are planned while it is in progress.")
                : null;

    public DomainRuleException? WhyNotReview(DateOnly today) =>
        Status != MeasureStatus.Completed || Completion is null || Plan is null
            ? new DomainRuleException(MeasureErrors.NotCompleted,
                $"Measure {Reference} is {Status}: only a completed measure is reviewed.")
            : today < Plan.ReviewOn || today <= Completion.CompletedOn
                ? new DomainRuleException(MeasureErrors.ReviewNotDue,
                    $"The effect of measure {Reference} is reviewed on or after {Plan.ReviewOn:yyyy-MM-dd} "
                    + "and after the day it was completed.")
                : null;

    public DomainRuleException? WhyNotCancel() =>
        Status is not (MeasureStatus.Proposed or MeasureStatus.Deferred or MeasureStatus.Approved or MeasureStatus.InProgress)
            ? new DomainRuleException(MeasureErrors.NotCancellable, $"Measure {Reference} is {Status} and can no longer be cancelled.")
            : null;

    public DomainRuleException? WhyNotProposeFollowUp() =>
        Status != MeasureStatus.Closed || Review?.Verdict != Effectiveness.NotEffective
            ? new DomainRuleException(MeasureErrors.NotIneffective,
                $"Measure {Reference} was not judged not effective: only such a measure leads to a follow-up.")
            : FollowUpId is not null
                ? new DomainRuleException(MeasureErrors.FollowUpExists, $"Measure {Reference} already has a follow-up measure.")
                : null;

    public bool IsOwnedBy(string userName) =>
        Plan is not null && string.Equals(Plan.Owner, userName, StringComparison.OrdinalIgnoreCase);

    private static void ThrowIf(DomainRuleException? refusal)
    {
        if (refusal is not null)
        {
            throw refusal;
        }
    }

    private void EnsureInProgress(string what) => ThrowIf(WhyNotInProgress(what));

    private DomainRuleException? WhyNotInProgress(string what) =>
        Status != MeasureStatus.InProgress
            ? new DomainRuleException(MeasureErrors.NotInProgress,
                $"Measure {Reference} is {Status}: only a measure in progress can {what}.")
            : null;
}

using Klachten.BuildingBlocks.Domain;
using Klachten.Modules.Analysis.Contracts;
using Klachten.Modules.PreventiveAction.Domain;

namespace Klachten.Modules.PreventiveAction.Tests.Domain;

public sealed class MeasureTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 3, 2);
    private static readonly DateOnly DueOn = new(2026, 4, 30);
    private static readonly DateOnly ReviewOn = new(2026, 10, 31);
    private static readonly AnalysisReference Analysis2025 = new(2025, 1);
    private const string Owner = "employee.visser";

    private static Measure Proposed(MeasureKind kind = MeasureKind.Preventive) =>
        Measure.Propose(Guid.NewGuid(), "PM-2026-001", "Kosten vooraf uitleggen", "Uitleg in de eerste brief", kind,
            Addressed.Codes(["costs"], ["unclear-letter"]), null, "qm.smit", Now);

    private static Measure Deferred()
    {
        var measure = Proposed();
        measure.Decide(MeasureDecision.Deferred, "Eerst begroting", null, null, "dir.jong", Now);
        return measure;
    }

    private static Measure Rejected()
    {
        var measure = Proposed();
        measure.Decide(MeasureDecision.Rejected, "Niet nodig", null, null, "dir.jong", Now);
        return measure;
    }

    private static Measure Approved(MeasureKind kind = MeasureKind.Preventive)
    {
        var measure = Proposed(kind);
        measure.Decide(MeasureDecision.Approved, "Doen", Analysis2025, null, "dir.jong", Now);
        return measure;
    }

    private static Measure InProgress(MeasureKind kind = MeasureKind.Preventive)
    {
        var measure = Approved(kind);
        measure.Start(Owner, DueOn, ReviewOn, Today, "qm.smit", Now);
        return measure;
    }

    private static Measure Completed(DateOnly? on = null)
    {
        var measure = InProgress();
        measure.Complete("Brief aangepast", trainingHeld: false, on ?? new DateOnly(2026, 4, 20), Owner, Now);
        return measure;
    }

    private static Measure Closed(Effectiveness verdict)
    {
        var measure = Completed();
        var (before, after) = measure.ReviewPeriods(ReviewOn);
        measure.ReviewEffectiveness(verdict, "Beoordeeld", new PeriodCount(before, 10, 4), new PeriodCount(after, 3, 1), ReviewOn,
            "qm.smit", Now);
        return measure;
    }

    private static Measure Cancelled()
    {
        var measure = Proposed();
        measure.Cancel("Vervallen", "dir.jong", Now);
        return measure;
    }

    private static Measure InState(string state) => state switch
    {
        "Proposed" => Proposed(),
        "Deferred" => Deferred(),
        "Rejected" => Rejected(),
        "Approved" => Approved(),
        "InProgress" => InProgress(),
        "Completed" => Completed(),
        "Closed" => Closed(Effectiveness.NotEffective),
        "Cancelled" => Cancelled(),
        _ => throw new ArgumentOutOfRangeException(nameof(state)),
    };

    private static void Refused(string code, Action step)
    {
        var refusal = Assert.Throws<DomainRuleException>(step);
        Assert.Equal(code, refusal.Code);
    }

    [Fact]
    public void A_proposal_is_Proposed_and_records_who_proposed_it_when()
    {
        var measure = Proposed();
        Assert.Equal(MeasureStatus.Proposed, measure.Status);
        var step = Assert.Single(measure.NewSteps);
        Assert.Equal(("Proposed", "qm.smit", Now), (step.Step, step.By, step.At));
    }

    [Theory]
    [InlineData("Proposed", "Approved", "Approved")]
    [InlineData("Proposed", "Rejected", "Rejected")]
    [InlineData("Proposed", "Deferred", "Deferred")]
    [InlineData("Deferred", "Approved", "Approved")]
    [InlineData("Deferred", "Rejected", "Rejected")]
    [InlineData("Deferred", "Deferred", "Deferred")]
    public void A_proposed_or_deferred_measure_is_decided(string state, string decisionName, string expectedStatus)
    {
        var decision = Enum.Parse<MeasureDecision>(decisionName);
        var expected = Enum.Parse<MeasureStatus>(expectedStatus);
        var measure = InState(state);
        var meetingId = Guid.NewGuid();
        var record = measure.Decide(decision, "Redenen", Analysis2025, meetingId, "dir.jong", Now);
        Assert.Equal(expected, measure.Status);
        Assert.Equal(("dir.jong", Now, meetingId), (record.DecidedBy, record.DecidedAt, record.MeetingId));
        Assert.Equal("Decided", measure.NewSteps[^1].Step);
    }

    [Theory]
    [InlineData("Rejected")]
    [InlineData("Approved")]
    [InlineData("InProgress")]
    [InlineData("Completed")]
    [InlineData("Closed")]
    [InlineData("Cancelled")]
    public void Any_other_measure_is_not_decided(string state) =>
        Refused(MeasureErrors.NotProposed, () => InState(state).Decide(MeasureDecision.Approved, "x", Analysis2025, null, "dir.jong", Now));

    [Fact]
    public void An_approval_names_the_analysis_it_rests_on()
    {
        var measure = Proposed();
        var refusal = Assert.Throws<DomainRuleException>(() => measure.Decide(MeasureDecision.Approved, "x", null, null, "dir.jong", Now));
        Assert.Equal((MeasureErrors.ApprovalNeedsAnalysis, RuleKind.Unprocessable), (refusal.Code, refusal.Kind));
        Assert.Equal(MeasureStatus.Proposed, measure.Status);
    }

    [Fact]
    public void A_rejection_needs_no_analysis()
    {
        var measure = Proposed();
        measure.Decide(MeasureDecision.Rejected, "Geen draagvlak", null, null, "dir.jong", Now);
        Assert.Equal(MeasureStatus.Rejected, measure.Status);
    }

    [Fact]
    public void An_approved_measure_starts_with_its_owner_and_dates()
    {
        var measure = Approved();
        var plan = measure.Start(Owner, DueOn, ReviewOn, Today, "qm.smit", Now);
        Assert.Equal(MeasureStatus.InProgress, measure.Status);
        Assert.Equal((Owner, DueOn, ReviewOn), (plan.Owner, plan.DueOn, plan.ReviewOn));
        Assert.True(measure.IsOwnedBy("Employee.Visser"));
    }

    [Theory]
    [InlineData("Proposed")]
    [InlineData("Deferred")]
    [InlineData("Rejected")]
    [InlineData("InProgress")]
    [InlineData("Completed")]
    [InlineData("Closed")]
    [InlineData("Cancelled")]
    public void Only_an_approved_measure_starts(string state) =>
        Refused(MeasureErrors.NotApproved, () => InState(state).Start(Owner, DueOn, ReviewOn, Today, "qm.smit", Now));

    [Fact]
    public void A_due_date_in_the_past_is_refused() =>
        Refused(MeasureErrors.DueDateInPast, () => Approved().Start(Owner, Today.AddDays(-1), ReviewOn, Today, "qm.smit", Now));

    [Theory]
    [InlineData(0)]
    [InlineData(-10)]
    public void The_review_date_lies_after_the_due_date(int daysAfterDue) =>
        Refused(MeasureErrors.ReviewBeforeDueDate, () => Approved().Start(Owner, DueOn, DueOn.AddDays(daysAfterDue), Today, "qm.smit",
            Now));

    [Fact]
    public void Progress_notes_are_appended_while_in_progress()
    {
        var measure = InProgress();
        measure.RecordProgress("Concept klaar", Owner, Now);
        measure.RecordProgress("Besproken", Owner, Now.AddDays(1));
        Assert.Equal(["Concept klaar", "Besproken"], measure.NewSteps.Where(s => s.Step == "ProgressNoted").Select(s => s.Note));
    }

    [Theory]
    [InlineData("Proposed")]
    [InlineData("Deferred")]
    [InlineData("Rejected")]
    [InlineData("Approved")]
    [InlineData("Completed")]
    [InlineData("Closed")]
    [InlineData("Cancelled")]
    public void Progress_and_completion_need_a_measure_in_progress(string state)
    {
        Refused(MeasureErrors.NotInProgress, () => InState(state).RecordProgress("x", Owner, Now));
        Refused(MeasureErrors.NotInProgress, () => InState(state).Complete("x", trainingHeld: true, Today, Owner, Now));
    }

    [Fact]
    public void A_measure_in_progress_is_completed_with_its_result()
    {
        var measure = InProgress();
        var completion = measure.Complete("Brief aangepast", trainingHeld: false, Today, Owner, Now);
        Assert.Equal(MeasureStatus.Completed, measure.Status);
        Assert.Equal(("Brief aangepast", Today, Owner), (completion.Result, completion.CompletedOn, completion.CompletedBy));
    }

    [Fact]
    public void A_training_completes_only_when_its_sessions_are_held()
    {
        var training = InProgress(MeasureKind.Training);
        Refused(MeasureErrors.TrainingNotHeld, () => training.Complete("Gegeven", trainingHeld: false, Today, Owner, Now));
        Assert.Equal(MeasureStatus.InProgress, training.Status);
        training.Complete("Gegeven", trainingHeld: true, Today, Owner, Now);
        Assert.Equal(MeasureStatus.Completed, training.Status);
    }

    [Fact]
    public void The_review_compares_equal_periods_before_and_after_completion()
    {
        var measure = Completed(new DateOnly(2026, 4, 20));
        var (before, after) = measure.ReviewPeriods(new DateOnly(2026, 10, 31));
        Assert.Equal(new Period(new DateOnly(2026, 4, 21), new DateOnly(2026, 10, 31)), after);
        Assert.Equal(after.Days, before.Days);
        Assert.Equal(new DateOnly(2026, 4, 19), before.To);
    }

    [Fact]
    public void The_review_is_refused_before_the_review_date() =>
        Refused(MeasureErrors.ReviewNotDue, () => Completed().ReviewPeriods(ReviewOn.AddDays(-1)));

    [Fact]
    public void The_review_is_refused_on_the_day_of_completion_even_after_the_review_date() =>
        Refused(MeasureErrors.ReviewNotDue, () => Completed(ReviewOn.AddDays(5)).ReviewPeriods(ReviewOn.AddDays(5)));

    [Theory]
    [InlineData("Proposed")]
    [InlineData("Deferred")]
    [InlineData("Rejected")]
    [InlineData("Approved")]
    [InlineData("InProgress")]
    [InlineData("Closed")]
    [InlineData("Cancelled")]
    public void Only_a_completed_measure_is_reviewed(string state) =>
        Refused(MeasureErrors.NotCompleted, () => InState(state).ReviewPeriods(ReviewOn));

    [Theory]
    [InlineData("Effective")]
    [InlineData("PartlyEffective")]
    [InlineData("NotEffective")]
    public void The_review_records_the_verdict_and_counts_and_closes_the_measure(string verdictName)
    {
        var verdict = Enum.Parse<Effectiveness>(verdictName);
        var measure = Closed(verdict);
        Assert.Equal(MeasureStatus.Closed, measure.Status);
        Assert.Equal((verdict, 10, 3), (measure.Review!.Verdict, measure.Review.Before.Received, measure.Review.After.Received));
        Assert.Equal(["EffectivenessReviewed", "Closed"], measure.NewSteps.TakeLast(2).Select(s => s.Step));
    }

    [Theory]
    [InlineData("Proposed")]
    [InlineData("Deferred")]
    [InlineData("Approved")]
    [InlineData("InProgress")]
    public void Management_cancels_a_measure_that_is_not_completed(string state)
    {
        var measure = InState(state);
        var cancellation = measure.Cancel("Vervallen door reorganisatie", "dir.jong", Now);
        Assert.Equal(MeasureStatus.Cancelled, measure.Status);
        Assert.Equal(("Vervallen door reorganisatie", "dir.jong"), (cancellation.Reason, cancellation.CancelledBy));
    }

    [Theory]
    [InlineData("Rejected")]
    [InlineData("Completed")]
    [InlineData("Closed")]
    [InlineData("Cancelled")]
    public void A_completed_rejected_closed_or_cancelled_measure_is_not_cancelled(string state) =>
        Refused(MeasureErrors.NotCancellable, () => InState(state).Cancel("x", "dir.jong", Now));

    [Fact]
    public void A_measure_judged_not_effective_leads_to_one_follow_up_addressing_the_same()
    {
        var measure = Closed(Effectiveness.NotEffective);
        var followUp = measure.ProposeFollowUp(Guid.NewGuid(), "PM-2026-002", null, null, null, "qm.smit", Now);
        Assert.Equal((MeasureStatus.Proposed, measure.Id, measure.Kind), (followUp.Status, followUp.FollowUpOf, followUp.Kind));
        Assert.Equal(measure.Addressed, followUp.Addressed);
        Assert.Equal(followUp.Id, measure.FollowUpId);
        Refused(MeasureErrors.FollowUpExists, () => measure.ProposeFollowUp(Guid.NewGuid(), "PM-2026-003", null, null, null, "qm.smit",
            Now));
    }

    [Theory]
    [InlineData("Effective")]
    [InlineData("PartlyEffective")]
    public void An_effective_measure_has_no_follow_up(string verdict) =>
        Refused(MeasureErrors.NotIneffective, () => Closed(Enum.Parse<Effectiveness>(verdict)).ProposeFollowUp(Guid.NewGuid(),
            "PM-2026-002", null, null, null, "qm.smit", Now));

    [Theory]
    [InlineData("Proposed")]
    [InlineData("Deferred")]
    [InlineData("Rejected")]
    [InlineData("Approved")]
    [InlineData("InProgress")]
    [InlineData("Completed")]
    [InlineData("Cancelled")]
    public void A_measure_not_closed_has_no_follow_up(string state) =>
        Refused(MeasureErrors.NotIneffective, () => InState(state).ProposeFollowUp(Guid.NewGuid(), "PM-2026-002", null, null, null,
            "qm.smit", Now));

    [Fact]
    public void References_have_at_least_three_digits()
    {
        Assert.Equal("PM-2026-007", MeasureReference.Format(2026, 7));
        Assert.Equal("PM-2026-1234", MeasureReference.Format(2026, 1234));
    }
}

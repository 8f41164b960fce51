using Klachten.BuildingBlocks.Domain;
using Klachten.Modules.Analysis.Contracts;
using Klachten.Modules.PreventiveAction.Domain;

namespace Klachten.Modules.PreventiveAction.Tests.Domain;

public sealed class TrainingSessionTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly HeldOn = new(2026, 4, 1);

    private static Measure Training(MeasureKind kind = MeasureKind.Training, bool start = true)
    {
        var measure = Measure.Propose(Guid.NewGuid(), "PM-2026-001", "Training", "", kind, Addressed.Codes([], []), null, "qm", Now);
        measure.Decide(MeasureDecision.Approved, "Ja", new AnalysisReference(2025, 1), null, "dir", Now);
        if (start)
        {
            measure.Start("owner.a", new DateOnly(2026, 5, 1), new DateOnly(2026, 12, 1), new DateOnly(2026, 3, 2), "qm", Now);
        }

        return measure;
    }

    private static TrainingSession Session() =>
        TrainingSession.Plan(Guid.NewGuid(), Training(), "Klantgericht reageren", HeldOn, "Trainer B.V.",
            ["p.jansen", "a.smit", "P.Jansen"], "qm", Now);

    private static void Refused(string code, Action step) => Assert.Equal(code, Assert.Throws<DomainRuleException>(step).Code);

    [Fact]
    public void A_session_is_planned_for_a_training_in_progress_with_each_participant_once() =>
        Assert.Equal(["p.jansen", "a.smit"], Session().Participants);

    [Fact]
    public void Only_a_training_has_sessions() =>
        Refused(MeasureErrors.NotTraining,
            () => TrainingSession.Plan(Guid.NewGuid(), Training(MeasureKind.Preventive), "x", HeldOn, "t", ["p.jansen"], "qm", Now));

    [Fact]
    public void Sessions_are_planned_while_the_training_is_in_progress() =>
        Refused(MeasureErrors.NotInProgress,
            () => TrainingSession.Plan(Guid.NewGuid(), Training(start: false), "x", HeldOn, "t", ["p.jansen"], "qm", Now));

    [Fact]
    public void Attendance_is_recorded_once_on_or_after_the_session_date_for_every_participant()
    {
        var session = Session();
        Refused(TrainingErrors.NotYetHeld, () => session.RecordAttendance([new("p.jansen", true), new("a.smit", true)], HeldOn.AddDays(-1),
            "qm", Now));
        Refused(TrainingErrors.AttendanceIncomplete, () => session.RecordAttendance([new("p.jansen", true)], HeldOn, "qm", Now));
        Refused(TrainingErrors.AttendanceIncomplete,
            () => session.RecordAttendance([new("p.jansen", true), new("a.smit", true), new("x.y", true)], HeldOn, "qm", Now));
        Assert.False(session.IsHeld);

        var attendance = session.RecordAttendance([new("P.JANSEN", true), new("a.smit", false)], HeldOn, "qm", Now);
        Assert.True(session.IsHeld);
        Assert.Equal([new Attendance("p.jansen", true), new Attendance("a.smit", false)], attendance);
        Refused(TrainingErrors.AttendanceRecorded, () => session.RecordAttendance([new("p.jansen", true), new("a.smit", true)], HeldOn,
            "qm", Now));
    }
}

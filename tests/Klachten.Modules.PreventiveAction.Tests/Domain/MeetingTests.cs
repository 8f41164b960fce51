using Klachten.BuildingBlocks.Domain;
using Klachten.Modules.PreventiveAction.Domain;

namespace Klachten.Modules.PreventiveAction.Tests.Domain;

public sealed class MeetingTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private static Meeting Planned(MeetingKind kind) =>
        Meeting.Plan(Guid.NewGuid(), new DateOnly(2026, 3, 20), kind, null, ["dir.jong", "qm.smit"], "qm.smit", Now);

    private static void AddAnalysis(Meeting meeting) =>
        meeting.AddAgendaItem(Guid.NewGuid(), AgendaItemKind.YearlyAnalysis, null, 2025, 1, null, "Analyse 2025", "qm.smit", Now);

    private static void AddMeasure(Meeting meeting, AgendaItemKind kind = AgendaItemKind.MeasureToDecide) =>
        meeting.AddAgendaItem(Guid.NewGuid(), kind, null, null, null, Guid.NewGuid(), "PM-2026-001", "qm.smit", Now);

    private static void Refused(string code, Action step) => Assert.Equal(code, Assert.Throws<DomainRuleException>(step).Code);

    [Fact]
    public void A_yearly_meeting_is_titled_in_Dutch_with_its_year()
    {
        Assert.Equal("Jaarlijks kantooroverleg klachten 2026", Planned(MeetingKind.YearlyComplaints).Title);
        Assert.Equal("Kantooroverleg", Planned(MeetingKind.Regular).Title);
    }

    [Fact]
    public void Agenda_items_are_numbered_in_order_and_not_added_twice()
    {
        var meeting = Planned(MeetingKind.Regular);
        AddAnalysis(meeting);
        var measureId = Guid.NewGuid();
        meeting.AddAgendaItem(Guid.NewGuid(), AgendaItemKind.MeasureToPresent, null, null, null, measureId, "PM", "qm.smit", Now);
        Assert.Equal([1, 2], meeting.Agenda.Select(i => i.Position));
        Refused(MeetingErrors.AgendaItemExists, () => AddAnalysis(meeting));
        Refused(MeetingErrors.AgendaItemExists,
            () => meeting.AddAgendaItem(Guid.NewGuid(), AgendaItemKind.MeasureToPresent, null, null, null, measureId, "PM", "qm.smit",
            Now));
        Assert.Equal(2, meeting.NewItems.Count);
    }

    [Fact]
    public void A_meeting_is_closed_with_its_minutes()
    {
        var meeting = Planned(MeetingKind.Regular);
        Refused(MeetingErrors.MinutesMissing, () => meeting.Close("qm.smit", Now));
        meeting.RecordMinutes("Besproken.", "qm.smit", Now);
        meeting.Close("qm.smit", Now);
        Assert.True(meeting.IsClosed);
    }

    [Fact]
    public void The_yearly_meeting_cannot_be_closed_without_the_analysis_on_its_agenda()
    {
        var meeting = Planned(MeetingKind.YearlyComplaints);
        AddMeasure(meeting);
        meeting.RecordMinutes("Besproken.", "qm.smit", Now);
        Refused(MeetingErrors.YearlyAnalysisNotOnAgenda, () => meeting.Close("qm.smit", Now));
        Assert.False(meeting.IsClosed);
    }

    [Fact]
    public void The_yearly_meeting_cannot_be_closed_without_measures_on_its_agenda()
    {
        var meeting = Planned(MeetingKind.YearlyComplaints);
        AddAnalysis(meeting);
        meeting.RecordMinutes("Besproken.", "qm.smit", Now);
        Refused(MeetingErrors.MeasuresNotOnAgenda, () => meeting.Close("qm.smit", Now));
    }

    [Theory]
    [InlineData("MeasureToDecide")]
    [InlineData("MeasureToPresent")]
    public void The_yearly_meeting_closes_with_the_analysis_and_a_measure_on_its_agenda(string kind)
    {
        var meeting = Planned(MeetingKind.YearlyComplaints);
        AddAnalysis(meeting);
        AddMeasure(meeting, Enum.Parse<AgendaItemKind>(kind));
        meeting.RecordMinutes("Besproken.", "qm.smit", Now);
        meeting.Close("dir.jong", Now);
        Assert.Equal("dir.jong", meeting.ClosedBy);
    }

    [Fact]
    public void A_regular_meeting_needs_no_analysis_to_close()
    {
        var meeting = Planned(MeetingKind.Regular);
        meeting.RecordMinutes("Besproken.", "qm.smit", Now);
        meeting.Close("qm.smit", Now);
        Assert.True(meeting.IsClosed);
    }

    [Fact]
    public void A_closed_meeting_takes_no_agenda_items_minutes_decisions_or_second_closing()
    {
        var meeting = Planned(MeetingKind.Regular);
        meeting.RecordMinutes("Besproken.", "qm.smit", Now);
        meeting.Close("qm.smit", Now);
        Refused(MeetingErrors.Closed, () => AddAnalysis(meeting));
        Refused(MeetingErrors.Closed, () => meeting.RecordMinutes("Anders.", "qm.smit", Now));
        Refused(MeetingErrors.Closed, meeting.EnsureOpen);
        Refused(MeetingErrors.Closed, () => meeting.Close("qm.smit", Now));
        Assert.Equal("Besproken.", meeting.Minutes!.Text);
    }
}

using Klachten.BuildingBlocks.Calendar;
using Klachten.Modules.Intake.Domain;
using Microsoft.Extensions.Options;

namespace Klachten.Modules.Intake.Tests.Domain;

public sealed class ComplaintDeadlinesTests
{
    private static readonly IWorkingDayCalendar Calendar = new WorkingDayCalendar(new WorkingDayCalendarOptions());

    private static ComplaintDeadlines For(string receivedAt, IntakeTerms? terms = null) =>
        ComplaintDeadlines.For(DateTimeOffset.Parse(receivedAt, System.Globalization.CultureInfo.InvariantCulture), terms ?? IntakeTerms.Default, Calendar);

    [Theory]
    // An ordinary Monday: four working days later is Friday; fourteen days later is a Monday.
    [InlineData("2026-03-02T10:00:00+01:00", "2026-03-02", "2026-03-06", "2026-03-16")]
    // 23:30 local time (winter) is still that local day, although it is 22:30 UTC.
    [InlineData("2026-03-02T23:30:00+01:00", "2026-03-02", "2026-03-06", "2026-03-16")]
    // 23:30 UTC is 00:30 the next local day.
    [InlineData("2026-03-02T23:30:00Z", "2026-03-03", "2026-03-09", "2026-03-17")]
    // Summer time: 22:30 UTC on 30 June is 00:30 on 1 July in Amsterdam.
    [InlineData("2026-06-30T22:30:00Z", "2026-07-01", "2026-07-07", "2026-07-15")]
    // Received on a Saturday: counting starts on Monday; the settlement date (a Saturday) moves to Monday.
    [InlineData("2026-03-07T11:00:00+01:00", "2026-03-07", "2026-03-12", "2026-03-23")]
    // Just before Christmas: 25 and 26 December and the weekend do not count.
    [InlineData("2026-12-23T16:00:00+01:00", "2026-12-23", "2026-12-30", "2027-01-06")]
    // Settlement date on Christmas Day moves past Boxing Day (a Saturday) and Sunday to Monday.
    [InlineData("2026-12-11T09:00:00+01:00", "2026-12-11", "2026-12-17", "2026-12-28")]
    // Settlement date on New Year's Day 2027 (a Friday) moves to Monday 4 January.
    [InlineData("2026-12-18T09:00:00+01:00", "2026-12-18", "2026-12-24", "2027-01-04")]
    // Just before Easter 2026: Good Friday 3 April and Easter Monday 6 April do not count.
    [InlineData("2026-04-02T15:00:00+02:00", "2026-04-02", "2026-04-10", "2026-04-16")]
    // Settlement date on Easter Monday moves to Tuesday.
    [InlineData("2026-03-23T09:00:00+01:00", "2026-03-23", "2026-03-27", "2026-04-07")]
    // Just before Koningsdag (Monday 27 April 2026).
    [InlineData("2026-04-23T12:00:00+02:00", "2026-04-23", "2026-04-30", "2026-05-07")]
    // Settlement date on Koningsdag moves to Tuesday.
    [InlineData("2026-04-13T12:00:00+02:00", "2026-04-13", "2026-04-17", "2026-04-28")]
    // Bevrijdingsdag (5 May, a Tuesday in 2026) does not count either; the settlement date, 14 May, is Hemelvaartsdag.
    [InlineData("2026-04-30T12:00:00+02:00", "2026-04-30", "2026-05-07", "2026-05-15")]
    public void Deadlines_follow_the_local_date_of_receipt_and_the_working_day_calendar(
        string receivedAt, string receivedOn, string acknowledgementDueOn, string settlementDueOn)
    {
        var deadlines = For(receivedAt);

        Assert.Equal(DateOnly.Parse(receivedOn, System.Globalization.CultureInfo.InvariantCulture), deadlines.ReceivedOn);
        Assert.Equal(DateOnly.Parse(acknowledgementDueOn, System.Globalization.CultureInfo.InvariantCulture), deadlines.AcknowledgementDueOn);
        Assert.Equal(DateOnly.Parse(settlementDueOn, System.Globalization.CultureInfo.InvariantCulture), deadlines.SettlementDueOn);
    }

    [Fact]
    public void Settlement_stays_on_a_non_working_day_when_the_setting_says_not_to_move()
    {
        var deadlines = For("2026-03-07T11:00:00+01:00", IntakeTerms.Default with { SettlementMovesToNextWorkingDay = false });

        Assert.Equal(new DateOnly(2026, 3, 21), deadlines.SettlementDueOn);
    }

    [Fact]
    public void Term_lengths_are_settings()
    {
        var deadlines = For("2026-03-02T10:00:00+01:00", new IntakeTerms(2, 7, true));

        Assert.Equal(new DateOnly(2026, 3, 4), deadlines.AcknowledgementDueOn);
        Assert.Equal(new DateOnly(2026, 3, 9), deadlines.SettlementDueOn);
    }
}

using Klachten.BuildingBlocks.Calendar;
using static Klachten.BuildingBlocks.Tests.Calendar.CalendarTestData;

namespace Klachten.BuildingBlocks.Tests.Calendar;

// Weekdays of every date below were checked outside the code under test (python datetime).
public sealed class WorkingDayCalendarTests
{
    private readonly WorkingDayCalendar _calendar = NewCalendar();

    [Theory]
    // 2024 (Easter 31 March)
    [InlineData("2024-01-01", false, "Nieuwjaarsdag (Mon)")]
    [InlineData("2024-03-29", false, "Goede Vrijdag")]
    [InlineData("2024-04-01", false, "Tweede Paasdag")]
    [InlineData("2024-04-26", true, "Friday before Koningsdag on Saturday 27th: not moved to the Friday")]
    [InlineData("2024-05-09", false, "Hemelvaartsdag")]
    [InlineData("2024-05-20", false, "Tweede Pinksterdag")]
    [InlineData("2024-12-25", false, "Eerste Kerstdag (Wed)")]
    [InlineData("2024-12-26", false, "Tweede Kerstdag (Thu)")]
    [InlineData("2024-12-27", true, "ordinary Friday after Christmas")]
    // 2025 (Easter 20 April)
    [InlineData("2025-01-01", false, "Nieuwjaarsdag (Wed)")]
    [InlineData("2025-04-18", false, "Goede Vrijdag")]
    [InlineData("2025-04-21", false, "Tweede Paasdag")]
    [InlineData("2025-04-26", false, "Koningsdag, moved to Saturday because 27 April is a Sunday")]
    [InlineData("2025-04-28", true, "Monday after: Koningsdag is not moved forward")]
    [InlineData("2025-05-05", false, "5 mei (Mon)")]
    [InlineData("2025-05-29", false, "Hemelvaartsdag")]
    [InlineData("2025-06-09", false, "Tweede Pinksterdag")]
    [InlineData("2025-12-25", false, "Eerste Kerstdag (Thu)")]
    [InlineData("2025-12-26", false, "Tweede Kerstdag (Fri)")]
    // 2026 (Easter 5 April)
    [InlineData("2026-01-01", false, "Nieuwjaarsdag (Thu)")]
    [InlineData("2026-01-02", true, "Friday after New Year")]
    [InlineData("2026-03-10", true, "ordinary Tuesday")]
    [InlineData("2026-04-02", true, "Maundy Thursday is not a holiday")]
    [InlineData("2026-04-03", false, "Goede Vrijdag")]
    [InlineData("2026-04-05", false, "Eerste Paasdag (Sunday)")]
    [InlineData("2026-04-06", false, "Tweede Paasdag")]
    [InlineData("2026-04-27", false, "Koningsdag (Mon)")]
    [InlineData("2026-05-05", false, "5 mei (Tue)")]
    [InlineData("2026-05-14", false, "Hemelvaartsdag")]
    [InlineData("2026-05-15", true, "Friday after Hemelvaartsdag: only closed when configured")]
    [InlineData("2026-05-25", false, "Tweede Pinksterdag")]
    [InlineData("2026-12-24", true, "Christmas Eve")]
    [InlineData("2026-12-25", false, "Eerste Kerstdag (Fri)")]
    [InlineData("2026-12-31", true, "New Year's Eve")]
    // 2027 (Easter 28 March)
    [InlineData("2027-01-01", false, "Nieuwjaarsdag (Fri)")]
    [InlineData("2027-03-26", false, "Goede Vrijdag")]
    [InlineData("2027-03-29", false, "Tweede Paasdag")]
    [InlineData("2027-04-26", true, "Monday before Koningsdag on Tuesday 27th")]
    [InlineData("2027-04-27", false, "Koningsdag (Tue)")]
    [InlineData("2027-05-05", false, "5 mei (Wed)")]
    [InlineData("2027-05-06", false, "Hemelvaartsdag")]
    [InlineData("2027-05-17", false, "Tweede Pinksterdag")]
    [InlineData("2027-12-27", true, "Monday after Christmas on a weekend: no substitute day")]
    // 2028 (Easter 16 April)
    [InlineData("2028-01-03", true, "Monday after Nieuwjaarsdag on Saturday: no substitute day")]
    [InlineData("2028-04-14", false, "Goede Vrijdag")]
    [InlineData("2028-04-17", false, "Tweede Paasdag")]
    [InlineData("2028-04-27", false, "Koningsdag (Thu)")]
    [InlineData("2028-05-05", false, "5 mei (Fri)")]
    [InlineData("2028-05-25", false, "Hemelvaartsdag")]
    [InlineData("2028-06-05", false, "Tweede Pinksterdag")]
    [InlineData("2028-12-25", false, "Eerste Kerstdag (Mon)")]
    [InlineData("2028-12-26", false, "Tweede Kerstdag (Tue)")]
    [InlineData("2028-12-27", true, "ordinary Wednesday")]
    // weekends
    [InlineData("2026-03-07", false, "Saturday")]
    [InlineData("2026-03-08", false, "Sunday")]
    [InlineData("2028-07-15", false, "Saturday")]
    [InlineData("2028-07-16", false, "Sunday")]
    public void IsWorkingDay(string date, bool expected, string why)
    {
        Assert.True(expected == _calendar.IsWorkingDay(D(date)), $"{date} ({why}) should {(expected ? "" : "not ")}be a working day");
    }

    [Theory]
    [InlineData("2026-03-07", 4, "2026-03-12", "received Saturday: Mon-Thu count")]
    [InlineData("2026-03-08", 4, "2026-03-12", "received Sunday")]
    [InlineData("2026-03-06", 4, "2026-03-12", "received Friday: the Friday itself does not count")]
    [InlineData("2026-03-06", 1, "2026-03-09", "one working day after a Friday is Monday")]
    [InlineData("2026-03-10", 4, "2026-03-16", "received Tuesday: Wed, Thu, Fri, Mon")]
    [InlineData("2026-12-23", 4, "2026-12-30", "before Christmas: 24, 28, 29, 30")]
    [InlineData("2026-04-02", 4, "2026-04-10", "Thursday before Goede Vrijdag: Good Friday to Easter Monday skipped")]
    [InlineData("2026-04-03", 4, "2026-04-10", "received on Goede Vrijdag itself")]
    [InlineData("2026-04-23", 4, "2026-04-30", "Thursday before Koningsdag on Monday 27th: 24, 28, 29, 30")]
    [InlineData("2026-04-30", 4, "2026-05-07", "before 5 mei: 1, 4, 6, 7 May")]
    [InlineData("2026-05-13", 4, "2026-05-20", "before Hemelvaartsdag: 15, 18, 19, 20 May")]
    [InlineData("2026-12-30", 4, "2027-01-06", "across New Year: 31 Dec, 4, 5, 6 Jan")]
    [InlineData("2027-12-29", 4, "2028-01-04", "across New Year on a Saturday: 30, 31 Dec, 3, 4 Jan")]
    public void AddWorkingDays(string from, int workingDays, string expected, string why)
    {
        var actual = _calendar.AddWorkingDays(D(from), workingDays);

        Assert.True(D(expected) == actual, $"{from} + {workingDays} working days ({why}): expected {expected}, got {actual:yyyy-MM-dd}");
    }

    [Theory]
    [InlineData("2026-03-10")]
    [InlineData("2026-03-07")] // Saturday: zero working days means no move at all
    public void AddWorkingDays_zero_returns_from_unchanged(string from)
    {
        Assert.Equal(D(from), _calendar.AddWorkingDays(D(from), 0));
    }

    [Fact]
    public void AddWorkingDays_rejects_a_negative_count()
    {
        var thrown = Assert.Throws<ArgumentOutOfRangeException>(() => _calendar.AddWorkingDays(D("2026-03-10"), -1));

        Assert.Equal("workingDays", thrown.ParamName);
    }

    [Theory]
    [InlineData("2026-03-10", "2026-03-10", "working day stays")]
    [InlineData("2026-03-07", "2026-03-09", "Saturday moves to Monday")]
    [InlineData("2026-04-03", "2026-04-07", "Goede Vrijdag moves past Easter to Tuesday")]
    [InlineData("2026-12-24", "2026-12-24", "Christmas Eve stays")]
    [InlineData("2026-12-25", "2026-12-28", "Christmas Friday moves to Monday")]
    public void NextWorkingDayOnOrAfter(string date, string expected, string why)
    {
        var actual = _calendar.NextWorkingDayOnOrAfter(D(date));

        Assert.True(D(expected) == actual, $"{date} ({why}): expected {expected}, got {actual:yyyy-MM-dd}");
    }

    [Theory]
    [InlineData("2026-03-10", 14, "2026-03-24", "lands on a Tuesday: stays")]
    [InlineData("2026-03-08", 14, "2026-03-23", "lands on Sunday 22 March: moves to Monday")]
    [InlineData("2026-03-07", 14, "2026-03-23", "lands on Saturday 21 March: moves to Monday")]
    [InlineData("2026-04-13", 14, "2026-04-28", "lands on Koningsdag: moves to Tuesday")]
    [InlineData("2026-03-20", 14, "2026-04-07", "lands on Goede Vrijdag: moves past weekend and Tweede Paasdag")]
    [InlineData("2026-12-11", 14, "2026-12-28", "lands on Eerste Kerstdag: moves past weekend")]
    [InlineData("2026-12-18", 14, "2027-01-04", "lands on Nieuwjaarsdag in the next year: moves to Monday")]
    public void AddCalendarDays_moving_to_next_working_day(string from, int days, string expected, string why)
    {
        var actual = _calendar.AddCalendarDays(D(from), days, moveToNextWorkingDay: true);

        Assert.True(D(expected) == actual, $"{from} + {days} days ({why}): expected {expected}, got {actual:yyyy-MM-dd}");
    }

    [Theory]
    [InlineData("2026-03-10", 14, "2026-03-24")]
    [InlineData("2026-03-07", 14, "2026-03-21")] // Saturday, kept
    [InlineData("2026-04-13", 14, "2026-04-27")] // Koningsdag, kept
    [InlineData("2026-12-18", 14, "2027-01-01")] // Nieuwjaarsdag, kept
    public void AddCalendarDays_without_moving_keeps_non_working_days(string from, int days, string expected)
    {
        Assert.Equal(D(expected), _calendar.AddCalendarDays(D(from), days, moveToNextWorkingDay: false));
    }
}

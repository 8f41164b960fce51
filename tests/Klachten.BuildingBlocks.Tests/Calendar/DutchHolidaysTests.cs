using Klachten.BuildingBlocks.Calendar;
using static Klachten.BuildingBlocks.Tests.Calendar.CalendarTestData;

namespace Klachten.BuildingBlocks.Tests.Calendar;

public sealed class DutchHolidaysTests
{
    // Published Western Easter dates, cross-checked against python-dateutil's easter() (a separate
    // implementation). 1818/2285 are the earliest possible date (22 March), 1943/2038 the latest (25 April);
    // 1954, 1981, 2049 and 2076 are the years of this era in which the algorithm's late-April correction applies.
    [Theory]
    [InlineData(1818, "1818-03-22")]
    [InlineData(1943, "1943-04-25")]
    [InlineData(1954, "1954-04-18")]
    [InlineData(1981, "1981-04-19")]
    [InlineData(2000, "2000-04-23")]
    [InlineData(2008, "2008-03-23")]
    [InlineData(2011, "2011-04-24")]
    [InlineData(2019, "2019-04-21")]
    [InlineData(2024, "2024-03-31")]
    [InlineData(2025, "2025-04-20")]
    [InlineData(2026, "2026-04-05")]
    [InlineData(2027, "2027-03-28")]
    [InlineData(2028, "2028-04-16")]
    [InlineData(2038, "2038-04-25")]
    [InlineData(2049, "2049-04-18")]
    [InlineData(2076, "2076-04-19")]
    [InlineData(2285, "2285-03-22")]
    public void EasterSunday_matches_the_published_date(int year, string expected)
    {
        Assert.Equal(D(expected), DutchHolidays.EasterSunday(year));
    }

    [Fact]
    public void For_2026_lists_every_statutory_day_with_its_date_in_date_order()
    {
        StatutoryHoliday[] expected =
        [
            new(D("2026-01-01"), DutchHoliday.NewYearsDay),
            new(D("2026-04-03"), DutchHoliday.GoodFriday),
            new(D("2026-04-06"), DutchHoliday.EasterMonday),
            new(D("2026-04-27"), DutchHoliday.KingsDay),
            new(D("2026-05-05"), DutchHoliday.LiberationDay),
            new(D("2026-05-14"), DutchHoliday.AscensionDay),
            new(D("2026-05-25"), DutchHoliday.WhitMonday),
            new(D("2026-12-25"), DutchHoliday.ChristmasDay),
            new(D("2026-12-26"), DutchHoliday.BoxingDay),
        ];

        Assert.Equal(expected, DutchHolidays.For(2026));
    }

    // 27 April 2025 is a Sunday, so Koningsdag moves back to Saturday the 26th. Because that is a
    // Saturday anyway, this rule can only be seen in the holiday list, never in IsWorkingDay.
    [Fact]
    public void For_2025_puts_KingsDay_on_26_April_because_the_27th_is_a_Sunday()
    {
        var kingsDay = Assert.Single(DutchHolidays.For(2025), h => h.Holiday == DutchHoliday.KingsDay);

        Assert.Equal(D("2025-04-26"), kingsDay.Date);
    }

    // Ascension Day 2008 (1 May) comes before 5 May: the list must be sorted, not in enum order.
    [Fact]
    public void For_2008_is_sorted_by_date_with_AscensionDay_before_LiberationDay()
    {
        var holidays = DutchHolidays.For(2008);

        Assert.Equal(holidays.OrderBy(h => h.Date), holidays);
        Assert.Contains(new StatutoryHoliday(D("2008-05-01"), DutchHoliday.AscensionDay), holidays);
    }

    // In 2016 Ascension Day fell on 5 May: both entries are kept.
    [Fact]
    public void For_2016_keeps_AscensionDay_and_LiberationDay_on_the_same_date()
    {
        IReadOnlyList<StatutoryHoliday> onFifthOfMay = [.. DutchHolidays.For(2016).Where(h => h.Date == D("2016-05-05"))];

        Assert.Equal([DutchHoliday.LiberationDay, DutchHoliday.AscensionDay], onFifthOfMay.Select(h => h.Holiday).Order());
    }
}

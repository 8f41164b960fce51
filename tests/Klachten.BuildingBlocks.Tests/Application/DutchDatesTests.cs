using Klachten.BuildingBlocks.Application;

namespace Klachten.BuildingBlocks.Tests.Application;

public sealed class DutchDatesTests
{
    [Theory]
    [InlineData(2026, 1, 1, "1 januari 2026")]
    [InlineData(2026, 3, 16, "16 maart 2026")]
    [InlineData(2026, 5, 5, "5 mei 2026")]
    [InlineData(2026, 10, 31, "31 oktober 2026")]
    public void A_date_is_written_as_the_office_writes_it_in_Dutch(int year, int month, int day, string expected) =>
        Assert.Equal(expected, DutchDates.Long(new DateOnly(year, month, day)));

    [Fact]
    public void A_date_with_its_weekday_names_the_day_in_Dutch() =>
        Assert.Equal("maandag 16 maart 2026", DutchDates.WithWeekday(new DateOnly(2026, 3, 16)));

    [Theory]
    [InlineData(3, "maart")]
    [InlineData(12, "december")]
    public void Month_names_are_Dutch(int month, string expected) => Assert.Equal(expected, DutchDates.MonthName(month));
}

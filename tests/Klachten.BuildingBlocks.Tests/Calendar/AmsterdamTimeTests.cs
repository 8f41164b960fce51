using Klachten.BuildingBlocks.Calendar;
using static Klachten.BuildingBlocks.Tests.Calendar.CalendarTestData;

namespace Klachten.BuildingBlocks.Tests.Calendar;

public sealed class AmsterdamTimeTests
{
    [Theory]
    [InlineData("2026-03-10T22:30:00Z", "2026-03-10", "CET (+01:00): 23:30 local, same day")]
    [InlineData("2026-03-10T23:30:00Z", "2026-03-11", "CET (+01:00): 00:30 local, next day")]
    [InlineData("2026-07-01T21:30:00Z", "2026-07-01", "CEST (+02:00): 23:30 local, same day")]
    [InlineData("2026-07-01T22:30:00Z", "2026-07-02", "CEST (+02:00): 00:30 local, next day; a fixed +01:00 would say 1 July")]
    [InlineData("2026-03-10T23:30:00+05:00", "2026-03-10", "the instant counts, not the offset it was written in: 18:30Z is 19:30 local")]
    public void LocalDate_is_the_calendar_date_in_Amsterdam(string instant, string expected, string why)
    {
        var actual = AmsterdamTime.LocalDate(DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture));

        Assert.True(D(expected) == actual, $"{instant} ({why}): expected {expected}, got {actual:yyyy-MM-dd}");
    }

    [Fact]
    public void Zone_is_Europe_Amsterdam_with_summer_time()
    {
        Assert.Equal(TimeSpan.FromHours(1), AmsterdamTime.Zone.GetUtcOffset(new DateTimeOffset(2026, 1, 15, 12, 0, 0, TimeSpan.Zero)));
        Assert.Equal(TimeSpan.FromHours(2), AmsterdamTime.Zone.GetUtcOffset(new DateTimeOffset(2026, 7, 15, 12, 0, 0, TimeSpan.Zero)));
    }
}

using Klachten.BuildingBlocks.Calendar;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using static Klachten.BuildingBlocks.Tests.Calendar.CalendarTestData;

namespace Klachten.BuildingBlocks.Tests.Calendar;

public sealed class WorkingDayCalendarOptionsTests
{
    [Fact]
    public void An_extra_closing_day_is_not_a_working_day_and_is_skipped_when_counting()
    {
        var calendar = NewCalendar(new WorkingDayCalendarOptions { ExtraClosingDays = [D("2026-05-15")] });

        Assert.False(calendar.IsWorkingDay(D("2026-05-15")));
        // Wed 13 May + 4: Hemelvaartsdag 14 and the closing day 15 skipped: 18, 19, 20, 21.
        Assert.Equal(D("2026-05-21"), calendar.AddWorkingDays(D("2026-05-13"), 4));
    }

    [Fact]
    public void Disabling_GoodFriday_makes_it_a_working_day_and_leaves_the_other_holidays_alone()
    {
        var calendar = NewCalendar(new WorkingDayCalendarOptions { DisabledHolidays = [DutchHoliday.GoodFriday] });

        Assert.True(calendar.IsWorkingDay(D("2026-04-03")));
        Assert.True(calendar.IsWorkingDay(D("2027-03-26")));
        Assert.False(calendar.IsWorkingDay(D("2026-04-06"))); // Tweede Paasdag still closed
    }

    // Ascension Day 2016 fell on 5 May: switching one of the two off must not open the day.
    [Fact]
    public void Disabling_one_of_two_holidays_on_the_same_date_keeps_the_date_closed()
    {
        var calendar = NewCalendar(new WorkingDayCalendarOptions { DisabledHolidays = [DutchHoliday.LiberationDay] });

        Assert.False(calendar.IsWorkingDay(D("2016-05-05")));
        Assert.True(calendar.IsWorkingDay(D("2026-05-05")));
    }

    [Fact]
    public void A_closing_day_added_to_the_configuration_applies_without_a_restart()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection().Build();
        using var provider = new ServiceCollection()
            .AddWorkingDayCalendar(configuration)
            .BuildServiceProvider();
        var calendar = provider.GetRequiredService<IWorkingDayCalendar>();
        Assert.True(calendar.IsWorkingDay(D("2026-05-15")));

        // What a reloading source (an edited appsettings file) does: new values, then a change notification.
        configuration["Calendar:ExtraClosingDays:0"] = "2026-05-15";
        configuration.Reload();

        Assert.False(calendar.IsWorkingDay(D("2026-05-15")));
        Assert.Equal(D("2026-05-21"), calendar.AddWorkingDays(D("2026-05-13"), 4));
    }

    [Fact]
    public void AddWorkingDayCalendar_binds_the_Calendar_section_and_registers_a_singleton()
    {
        IConfiguration configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Calendar:ExtraClosingDays:0"] = "2026-05-15",
                ["Calendar:DisabledHolidays:0"] = "GoodFriday",
            })
            .Build();
        using var provider = new ServiceCollection()
            .AddWorkingDayCalendar(configuration)
            .BuildServiceProvider();

        var calendar = provider.GetRequiredService<IWorkingDayCalendar>();

        Assert.Same(calendar, provider.GetRequiredService<IWorkingDayCalendar>());
        Assert.False(calendar.IsWorkingDay(D("2026-05-15")));
        Assert.True(calendar.IsWorkingDay(D("2026-04-03")));
    }

    [Fact]
    public void AddWorkingDayCalendar_without_a_Calendar_section_applies_all_statutory_days()
    {
        using var provider = new ServiceCollection()
            .AddWorkingDayCalendar(new ConfigurationBuilder().Build())
            .BuildServiceProvider();

        var calendar = provider.GetRequiredService<IWorkingDayCalendar>();

        Assert.False(calendar.IsWorkingDay(D("2026-04-03")));
        Assert.True(calendar.IsWorkingDay(D("2026-05-15")));
    }
}

using System.Globalization;
using Klachten.BuildingBlocks.Calendar;
using Microsoft.Extensions.Options;

namespace Klachten.BuildingBlocks.Tests.Calendar;

internal static class CalendarTestData
{
    public static DateOnly D(string isoDate) =>
        DateOnly.ParseExact(isoDate, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static WorkingDayCalendar NewCalendar(WorkingDayCalendarOptions? options = null) =>
        new(options ?? new WorkingDayCalendarOptions());
}

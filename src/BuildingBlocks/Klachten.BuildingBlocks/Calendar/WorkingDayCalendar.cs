using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace Klachten.BuildingBlocks.Calendar;

// Options are read once: the calendar is a singleton, so a changed closing day needs a restart.
public sealed class WorkingDayCalendar : IWorkingDayCalendar
{
    private readonly HashSet<DateOnly> _extraClosingDays;
    private readonly HashSet<DutchHoliday> _disabledHolidays;
    private readonly ConcurrentDictionary<int, HashSet<DateOnly>> _holidaysByYear = new();

    public WorkingDayCalendar(IOptions<WorkingDayCalendarOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        WorkingDayCalendarOptions value = options.Value;
        _extraClosingDays = [.. value.ExtraClosingDays];
        _disabledHolidays = [.. value.DisabledHolidays];
    }

    public bool IsWorkingDay(DateOnly date) =>
        date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)
        && !_extraClosingDays.Contains(date)
        && !HolidaysIn(date.Year).Contains(date);

    public DateOnly AddWorkingDays(DateOnly from, int workingDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(workingDays);

        DateOnly date = from;
        for (int counted = 0; counted < workingDays;)
        {
            date = date.AddDays(1);
            if (IsWorkingDay(date))
            {
                counted++;
            }
        }

        return date;
    }

    public DateOnly NextWorkingDayOnOrAfter(DateOnly date)
    {
        while (!IsWorkingDay(date))
        {
            date = date.AddDays(1);
        }

        return date;
    }

    public DateOnly AddCalendarDays(DateOnly from, int days, bool moveToNextWorkingDay)
    {
        DateOnly date = from.AddDays(days);
        return moveToNextWorkingDay ? NextWorkingDayOnOrAfter(date) : date;
    }

    // The sets are never mutated after creation, so concurrent readers are safe.
    private HashSet<DateOnly> HolidaysIn(int year) =>
        _holidaysByYear.GetOrAdd(year, y => DutchHolidays.For(y)
            .Where(h => !_disabledHolidays.Contains(h.Holiday))
            .Select(h => h.Date)
            .ToHashSet());
}

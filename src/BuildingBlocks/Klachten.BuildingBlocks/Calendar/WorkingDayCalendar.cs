using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace Klachten.BuildingBlocks.Calendar;

/// <summary>
/// Working days for the procedure's terms. Follows the configuration (section "Calendar"): a closing day added or a statutory
/// day switched off applies to the next computation, without a restart, where the configuration source reloads (appsettings
/// files do).
/// </summary>
public sealed class WorkingDayCalendar : IWorkingDayCalendar, IDisposable
{
    private readonly IDisposable? _subscription;
    private volatile Rules _rules;

    public WorkingDayCalendar(IOptionsMonitor<WorkingDayCalendarOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _rules = new Rules(options.CurrentValue);
        _subscription = options.OnChange(changed => _rules = new Rules(changed));
    }

    /// <summary>A calendar with fixed options.</summary>
    public WorkingDayCalendar(WorkingDayCalendarOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _rules = new Rules(options);
    }

    public bool IsWorkingDay(DateOnly date) => _rules.IsWorkingDay(date);

    public DateOnly AddWorkingDays(DateOnly from, int workingDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(workingDays);

        var date = from;
        for (var counted = 0; counted < workingDays;)
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
        var date = from.AddDays(days);
        return moveToNextWorkingDay ? NextWorkingDayOnOrAfter(date) : date;
    }

    public void Dispose() => _subscription?.Dispose();

    // One immutable set of rules per configuration: a reload swaps the whole object, so a computation never sees half of a change.
    private sealed class Rules(WorkingDayCalendarOptions options)
    {
        private readonly HashSet<DateOnly> _extraClosingDays = [.. options.ExtraClosingDays];
        private readonly HashSet<DutchHoliday> _disabledHolidays = [.. options.DisabledHolidays];
        private readonly ConcurrentDictionary<int, HashSet<DateOnly>> _holidaysByYear = new();

        public bool IsWorkingDay(DateOnly date) =>
            date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)
            && !_extraClosingDays.Contains(date)
            && !HolidaysIn(date.Year).Contains(date);

        // The sets are never mutated after creation, so concurrent readers are safe.
        private HashSet<DateOnly> HolidaysIn(int year) =>
            _holidaysByYear.GetOrAdd(year, y => DutchHolidays.For(y)
                .Where(h => !_disabledHolidays.Contains(h.Holiday))
                .Select(h => h.Date)
                .ToHashSet());
    }
}

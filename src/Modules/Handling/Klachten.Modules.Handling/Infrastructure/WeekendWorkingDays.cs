using Klachten.Modules.Handling.Application.Abstractions;

namespace Klachten.Modules.Handling.Infrastructure;

/// <summary>Working days without weekends only: used until the shared working-day calendar is wired in.</summary>
internal sealed class WeekendWorkingDays : IWorkingDays
{
    public DateOnly AddWorkingDays(DateOnly from, int days)
    {
        var date = from;
        while (days > 0)
        {
            date = date.AddDays(1);
            if (date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                days--;
            }
        }

        return date;
    }
}

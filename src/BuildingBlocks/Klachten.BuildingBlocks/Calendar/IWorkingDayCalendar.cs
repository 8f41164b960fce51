namespace Klachten.BuildingBlocks.Calendar;

public interface IWorkingDayCalendar
{
    /// <summary>Not a Saturday or Sunday, not an enabled statutory holiday, not an extra closing day.</summary>
    bool IsWorkingDay(DateOnly date);

    /// <summary>The <paramref name="workingDays"/>-th working day after <paramref name="from"/>; <paramref name="from"/> itself never counts, 0 returns it unchanged.</summary>
    DateOnly AddWorkingDays(DateOnly from, int workingDays);

    DateOnly NextWorkingDayOnOrAfter(DateOnly date);

    /// <summary><paramref name="from"/> plus <paramref name="days"/>; with <paramref name="moveToNextWorkingDay"/> a non-working result moves to the next working day (Algemene termijnenwet art. 1).</summary>
    DateOnly AddCalendarDays(DateOnly from, int days, bool moveToNextWorkingDay);
}

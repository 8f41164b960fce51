namespace Klachten.BuildingBlocks.Calendar;

/// <summary>The office's dates are Amsterdam dates: a complaint received at 23:30 local time was received that local day.</summary>
public static class AmsterdamTime
{
    // IANA id; on Windows .NET maps it through ICU. Linux containers need the tzdata package.
    public static TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    public static DateOnly LocalDate(DateTimeOffset instant) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Zone).DateTime);
}

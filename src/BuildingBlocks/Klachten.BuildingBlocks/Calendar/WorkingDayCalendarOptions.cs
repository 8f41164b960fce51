namespace Klachten.BuildingBlocks.Calendar;

public sealed class WorkingDayCalendarOptions
{
    public const string SectionName = "Calendar";

    /// <summary>The office's own closing days, e.g. the Friday after Ascension Day.</summary>
    public List<DateOnly> ExtraClosingDays { get; set; } = [];

    /// <summary>Statutory days the office keeps open.</summary>
    public List<DutchHoliday> DisabledHolidays { get; set; } = [];
}

using System.Globalization;

namespace Klachten.BuildingBlocks.Application;

/// <summary>Dates as the office writes them to complainants and colleagues: "16 maart 2026", "maandag 16 maart 2026" (nl-NL).</summary>
public static class DutchDates
{
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("nl-NL");

    public static string Long(DateOnly date) => date.ToString("d MMMM yyyy", Culture);

    public static string WithWeekday(DateOnly date) => date.ToString("dddd d MMMM yyyy", Culture);

    public static string MonthName(int month) => Culture.DateTimeFormat.GetMonthName(month);

    public static string AbbreviatedMonthName(int month) => Culture.DateTimeFormat.GetAbbreviatedMonthName(month).TrimEnd('.');
}

namespace Klachten.BuildingBlocks.Calendar;

/// <summary>The days of art. 3 Algemene termijnenwet as the office applies them (docs/procedure.md, "Deadlines").</summary>
public static class DutchHolidays
{
    // Anonymous Gregorian algorithm (Meeus/Jones/Butcher). Computed, so no year ever runs off the end of a table.
    public static DateOnly EasterSunday(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }

    public static IReadOnlyList<StatutoryHoliday> For(int year)
    {
        var easter = EasterSunday(year);
        var kingsDay = new DateOnly(year, 4, 27);
        if (kingsDay.DayOfWeek == DayOfWeek.Sunday)
        {
            kingsDay = kingsDay.AddDays(-1);
        }

        StatutoryHoliday[] holidays =
        [
            new(new DateOnly(year, 1, 1), DutchHoliday.NewYearsDay),
            new(easter.AddDays(-2), DutchHoliday.GoodFriday),
            new(easter.AddDays(1), DutchHoliday.EasterMonday),
            new(kingsDay, DutchHoliday.KingsDay),
            new(new DateOnly(year, 5, 5), DutchHoliday.LiberationDay),
            new(easter.AddDays(39), DutchHoliday.AscensionDay),
            new(easter.AddDays(50), DutchHoliday.WhitMonday),
            new(new DateOnly(year, 12, 25), DutchHoliday.ChristmasDay),
            new(new DateOnly(year, 12, 26), DutchHoliday.BoxingDay),
        ];
        // Ascension Day falls between 30 April and 3 June, so before 5 May in some years (2008)
        // and on it in others (2016): sort, with the holiday as tie-break to keep the order stable.
        Array.Sort(holidays, static (x, y) =>
            x.Date != y.Date ? x.Date.CompareTo(y.Date) : x.Holiday.CompareTo(y.Holiday));
        return Array.AsReadOnly(holidays);
    }
}

namespace Klachten.BuildingBlocks.Calendar;

public enum DutchHoliday
{
    NewYearsDay,
    GoodFriday,
    EasterMonday,
    KingsDay,
    LiberationDay,
    AscensionDay,
    WhitMonday,
    ChristmasDay,
    BoxingDay,
}

public sealed record StatutoryHoliday(DateOnly Date, DutchHoliday Holiday);

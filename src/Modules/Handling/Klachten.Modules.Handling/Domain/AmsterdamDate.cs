using Klachten.BuildingBlocks.Calendar;

namespace Klachten.Modules.Handling.Domain;

/// <summary>Dates of the procedure are local dates in Europe/Amsterdam: a letter sent at 23:30 local time was sent that day.</summary>
internal static class AmsterdamDate
{
    public static DateOnly Of(DateTimeOffset instant) => AmsterdamTime.LocalDate(instant);
}

using System.Globalization;

namespace Klachten.Modules.Intake.Domain;

/// <summary>The human-readable reference KL-&lt;year&gt;-&lt;six digits&gt;, numbered gap-free per year of receipt.</summary>
internal static class ComplaintReference
{
    public static string Format(int year, int number)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        return string.Create(CultureInfo.InvariantCulture, $"KL-{year:D4}-{number:D6}");
    }
}

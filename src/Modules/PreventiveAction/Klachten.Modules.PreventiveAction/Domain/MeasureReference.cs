using System.Globalization;

namespace Klachten.Modules.PreventiveAction.Domain;

/// <summary>PM-&lt;year&gt;-&lt;number of at least three digits&gt;, numbered without gaps per year of proposal.</summary>
internal static class MeasureReference
{
    public static string Format(int year, int number) =>
        string.Create(CultureInfo.InvariantCulture, $"PM-{year}-{number:D3}");
}

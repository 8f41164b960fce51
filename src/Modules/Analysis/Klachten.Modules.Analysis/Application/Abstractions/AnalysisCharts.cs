using System.ComponentModel;
using Klachten.BuildingBlocks.Web;

namespace Klachten.Modules.Analysis.Application.Abstractions;

/// <summary>The charts of a year or a period (the {name} of their routes), each with its Dutch title.</summary>
internal static class AnalysisCharts
{
    [Description("Klachten per maand")]
    public const string Months = "months";

    [Description("Klachten per categorie")]
    public const string Categories = "categories";

    [Description("Oorzaken (Pareto)")]
    public const string RootCauses = "root-causes";

    [Description("Termijnen gehaald per maand")]
    public const string Terms = "terms";

    /// <summary>Every chart's name and title, in this order.</summary>
    public static IReadOnlyList<(string Name, string Title)> All { get; } =
        [.. AllowedName.Of(typeof(AnalysisCharts)).Select(a => (a.Name, a.Description ?? a.Name))];
}

using Klachten.BuildingBlocks.Application;
using Klachten.Modules.Analysis.Application.Figures;

namespace Klachten.Modules.Analysis.Application.GetPeriodReport;

/// <summary>The figures of a period (yyyy-MM-dd, both inclusive; from defaults to 1 January of this year, to to today).</summary>
internal sealed record GetPeriodReportQuery(string? From, string? To) : IQuery<PeriodFiguresDto>;

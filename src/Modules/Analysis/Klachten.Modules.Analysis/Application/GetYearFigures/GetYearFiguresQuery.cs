using Klachten.BuildingBlocks.Application;
using Klachten.Modules.Analysis.Application.Figures;

namespace Klachten.Modules.Analysis.Application.GetYearFigures;

/// <summary>The live figures of a calendar year beside the previous year, with the trend.</summary>
internal sealed record GetYearFiguresQuery(string? Year) : IQuery<YearFiguresDto>;

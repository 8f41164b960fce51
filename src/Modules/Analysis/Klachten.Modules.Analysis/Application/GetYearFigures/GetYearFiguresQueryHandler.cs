using System.Globalization;
using Klachten.BuildingBlocks.Application;
using Klachten.Modules.Analysis.Application.Abstractions;
using Klachten.Modules.Analysis.Application.Figures;
using Klachten.Modules.Analysis.Contracts;

namespace Klachten.Modules.Analysis.Application.GetYearFigures;

internal sealed class GetYearFiguresQueryHandler(IYearFigures yearFigures, IAuditTrail audit) : IQueryHandler<GetYearFiguresQuery, YearFiguresDto>
{
    public async Task<YearFiguresDto> Handle(GetYearFiguresQuery query, CancellationToken cancellationToken)
    {
        var year = int.Parse(query.Year!, CultureInfo.InvariantCulture);
        var result = await yearFigures.ComputeAsync(year, cancellationToken);
        await audit.RecordAsync(new AuditEntry(AnalysisContracts.ModuleName, "YearFiguresRead", "YearlyAnalysis", query.Year!), cancellationToken);
        return result;
    }
}

/// <summary>A year's live figures: the aggregates of the year and the one before, the files entered for both, the calculation.</summary>
internal interface IYearFigures
{
    Task<YearFiguresDto> ComputeAsync(int year, CancellationToken cancellationToken);
}

internal sealed class YearFigures(IFigureReader figures) : IYearFigures
{
    public async Task<YearFiguresDto> ComputeAsync(int year, CancellationToken cancellationToken)
    {
        var raw = await figures.ReadAsync(new FigurePeriods(DateRange.Year(year), DateRange.Year(year - 1)), cancellationToken);
        var files = await figures.FileCountsAsync([year, year - 1], cancellationToken);
        return FigureCalculator.Year(year, raw, files.TryGetValue(year, out var current) ? current : null,
            files.TryGetValue(year - 1, out var previous) ? previous : null);
    }
}

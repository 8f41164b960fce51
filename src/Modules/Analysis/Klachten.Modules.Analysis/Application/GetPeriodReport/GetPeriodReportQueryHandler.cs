using Klachten.BuildingBlocks.Application;
using Klachten.BuildingBlocks.Calendar;
using Klachten.Modules.Analysis.Application.Abstractions;
using Klachten.Modules.Analysis.Application.Figures;
using Klachten.Modules.Analysis.Contracts;

namespace Klachten.Modules.Analysis.Application.GetPeriodReport;

internal sealed class GetPeriodReportQueryHandler(IFigureReader figures, IAuditTrail audit, TimeProvider time)
    : IQueryHandler<GetPeriodReportQuery, PeriodFiguresDto>
{
    public async Task<PeriodFiguresDto> Handle(GetPeriodReportQuery query, CancellationToken cancellationToken)
    {
        var period = Resolve(query.From, query.To, time);
        var result = FigureCalculator.Period(await figures.ReadAsync(new FigurePeriods(period, null), cancellationToken), period);
        await audit.RecordAsync(new AuditEntry(AnalysisContracts.ModuleName, "PeriodReportRead", "PeriodReport", $"{period.From:yyyy-MM-dd}/{period.To:yyyy-MM-dd}"),
            cancellationToken);
        return result;
    }

    public static DateRange Resolve(string? from, string? to, TimeProvider time) => Resolve(QueryValues.Date(from), QueryValues.Date(to), time);

    /// <summary>A missing to is today (Amsterdam), a missing from 1 January of to's year.</summary>
    public static DateRange Resolve(DateOnly? from, DateOnly? to, TimeProvider time)
    {
        var end = to ?? AmsterdamTime.LocalDate(time.GetUtcNow());
        return new DateRange(from ?? new DateOnly(end.Year, 1, 1), end);
    }
}

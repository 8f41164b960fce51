using Klachten.BuildingBlocks.Application;

namespace Klachten.Modules.PreventiveAction.Application.AddAgendaItem;

/// <summary>
/// An agenda item: kind PeriodReport (reportId), YearlyAnalysis (analysisYear, analysisVersion), MeasureToDecide or
/// MeasureToPresent (measureId).
/// </summary>
internal sealed record AddAgendaItemCommand(Guid MeetingId, string? Kind, string? ReportId, int? AnalysisYear, int? AnalysisVersion,
    string? MeasureId)
    : ICommand<AgendaItemResult>;

internal sealed record AgendaItemResult(Guid Id, int Position, string Kind, string Title);

using System.ComponentModel.DataAnnotations;
using Klachten.BuildingBlocks.Application;
using Klachten.BuildingBlocks.Web;
using Klachten.Modules.PreventiveAction.Application.Abstractions;
using Klachten.Modules.PreventiveAction.Domain;

namespace Klachten.Modules.PreventiveAction.Application.AddAgendaItem;

/// <summary>
/// An agenda item: a saved period report (<see cref="ReportId"/>), a published yearly analysis (<see cref="Analysis"/>), or a
/// measure to decide or to present (<see cref="MeasureId"/>). Only the field of its kind is set.
/// </summary>
internal sealed record AddAgendaItemCommand(Guid MeetingId, AgendaItemKind Kind, Guid? ReportId, AnalysisReference? Analysis,
    Guid? MeasureId)
    : ICommand<AgendaItemResult>;

internal sealed record AgendaItemResult(Guid Id, int Position, [property: OneOf(typeof(AgendaItemKind))] string Kind, string Title);

/// <summary>
/// The item as sent, checked by <see cref="AddAgendaItemCommandValidator"/>: kind PeriodReport (reportId), YearlyAnalysis
/// (analysisYear, analysisVersion), MeasureToDecide or MeasureToPresent (measureId).
/// </summary>
internal sealed record AgendaItemRequest(
    [property: Required, OneOf(typeof(AgendaItemKind))] string? Kind, string? ReportId, int? AnalysisYear, int? AnalysisVersion,
    string? MeasureId)
{
    public AddAgendaItemCommand ToCommand(Guid meetingId)
    {
        var kind = EnumNames.Parse<AgendaItemKind>(Kind);
        return kind switch
        {
            AgendaItemKind.PeriodReport => new(meetingId, kind, RequestText.OptionalGuid(ReportId), null, null),
            AgendaItemKind.YearlyAnalysis => new(meetingId, kind, null, new AnalysisReference(AnalysisYear!.Value, AnalysisVersion!.Value),
                null),
            _ => new(meetingId, kind, null, null, RequestText.OptionalGuid(MeasureId)),
        };
    }
}

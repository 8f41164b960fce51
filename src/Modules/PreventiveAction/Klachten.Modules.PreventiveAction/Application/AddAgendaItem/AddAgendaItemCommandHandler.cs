using Klachten.BuildingBlocks.Application;
using Klachten.BuildingBlocks.Domain;
using Klachten.Modules.Analysis.Contracts;
using Klachten.Modules.PreventiveAction.Application.Abstractions;
using Klachten.Modules.PreventiveAction.Domain;

namespace Klachten.Modules.PreventiveAction.Application.AddAgendaItem;

/// <summary>
/// Puts a publication or a measure on the agenda, checked where it lives: a yearly analysis or period report through Analysis's
/// published versions, a measure in this module (a measure to decide must still be open for a decision). Titles are Dutch: they
/// appear in the meeting pack.
/// </summary>
internal sealed class AddAgendaItemCommandHandler(
    IMeetingRepository meetings, IMeasureRepository measures, IPublishedAnalyses analyses, ICurrentUser user, IAuditTrail audit,
    TimeProvider timeProvider)
    : ICommandHandler<AddAgendaItemCommand, AgendaItemResult>
{
    public async Task<AgendaItemResult> Handle(AddAgendaItemCommand command, CancellationToken cancellationToken)
    {
        var meeting = await meetings.GetForUpdateAsync(command.MeetingId, cancellationToken);
        meeting.EnsureOpen();
        var kind = EnumNames.Parse<AgendaItemKind>(command.Kind);
        Guid? reportId = null;
        int? year = null;
        int? version = null;
        Guid? measureId = null;
        string title;
        switch (kind)
        {
            case AgendaItemKind.PeriodReport:
                reportId = RequestRules.GuidOrNull(command.ReportId);
                var report = await analyses.GetPeriodReportAsync(reportId!.Value, cancellationToken)
                    ?? throw new DomainRuleException(MeetingErrors.ReportNotFound, $"There is no saved period report {reportId}.",
                        RuleKind.Unprocessable);
                title = $"Periodeoverzicht klachten: {report.Title}";
                break;
            case AgendaItemKind.YearlyAnalysis:
                (year, version) = (command.AnalysisYear, command.AnalysisVersion);
                _ = await analyses.GetYearlyAsync(year!.Value, version!.Value, cancellationToken)
                    ?? throw new DomainRuleException(MeasureErrors.AnalysisNotPublished,
                        $"Version {version} of the yearly analysis {year} is not published.", RuleKind.Unprocessable);
                title = $"Jaarlijkse klachtenanalyse {year} (versie {version})";
                break;
            default:
                var measure = await measures.GetForUpdateAsync(RequestRules.GuidOrNull(command.MeasureId)!.Value, cancellationToken);
                if (kind == AgendaItemKind.MeasureToDecide)
                {
                    measure.EnsureDecidable();
                }

                measureId = measure.Id;
                title = kind == AgendaItemKind.MeasureToDecide
                    ? $"Besluit over maatregel {measure.Reference}: {measure.Title}"
                    : $"Presentatie van maatregel {measure.Reference}: {measure.Title}";
                break;
        }

        var item = meeting.AddAgendaItem(Guid.CreateVersion7(timeProvider.GetUtcNow()), kind, reportId, year, version, measureId, title,
            user.UserName, timeProvider.GetUtcNow());
        await meetings.SaveAsync(meeting, cancellationToken);
        await audit.RecordAsync(new AuditEntry(MeasureAccess.Module, "AgendaItemAdded", MeasureAccess.MeetingSubject, meeting.Id.ToString(),
            new { Kind = kind, ReportId = reportId, AnalysisYear = year, AnalysisVersion = version, MeasureId = measureId }),
            cancellationToken);
        return new AgendaItemResult(item.Id, item.Position, kind.ToString(), item.Title);
    }
}

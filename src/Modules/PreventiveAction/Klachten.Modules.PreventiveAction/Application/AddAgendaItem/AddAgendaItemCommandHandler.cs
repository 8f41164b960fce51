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
        // The measure's row before the meeting's, the order of a measure's step that changes the meetings it is on (no deadlock).
        var onAgenda = command.MeasureId is { } named ? await measures.LockAsync(named, cancellationToken) : null;
        var meeting = await meetings.GetForUpdateAsync(command.MeetingId, cancellationToken);
        meeting.EnsureOpen();
        var kind = command.Kind;
        string title;
        switch (command)
        {
            case { ReportId: { } reportId }:
                var report = await analyses.GetPeriodReportAsync(reportId, cancellationToken)
                    ?? throw new DomainRuleException(MeetingErrors.ReportNotFound, $"There is no saved period report {reportId}.",
                        RuleKind.Unprocessable);
                title = $"Periodeoverzicht klachten: {report.Title}";
                break;
            case { Analysis: { } analysis }:
                _ = await analyses.GetYearlyAsync(analysis.Year, analysis.Version, cancellationToken)
                    ?? throw new DomainRuleException(MeasureErrors.AnalysisNotPublished,
                        $"Version {analysis.Version} of the yearly analysis {analysis.Year} is not published.", RuleKind.Unprocessable);
                title = $"Jaarlijkse klachtenanalyse {analysis.Year} (versie {analysis.Version})";
                break;
            case { MeasureId: not null }:
                var measure = onAgenda!;
                if (kind == AgendaItemKind.MeasureToDecide)
                {
                    measure.EnsureDecidable();
                }

                title = kind == AgendaItemKind.MeasureToDecide
                    ? $"Besluit over maatregel {measure.Reference}: {measure.Title}"
                    : $"Presentatie van maatregel {measure.Reference}: {measure.Title}";
                break;
            default:
                throw new ArgumentException($"An agenda item of kind {kind} names what it is about.", nameof(command));
        }

        var (year, version) = (command.Analysis?.Year, command.Analysis?.Version);
        var now = timeProvider.GetUtcNow();
        var item = meeting.AddAgendaItem(Guid.CreateVersion7(now), kind, command.ReportId, year, version, command.MeasureId, title,
            user.UserName, now);
        await meetings.SaveAsync(meeting, cancellationToken);
        await audit.RecordAsync(new AuditEntry(MeasureAccess.Module, "AgendaItemAdded", MeasureAccess.MeetingSubject, meeting.Id.ToString(),
            new { Kind = kind, command.ReportId, AnalysisYear = year, AnalysisVersion = version, command.MeasureId }),
            cancellationToken);
        return new AgendaItemResult(item.Id, item.Position, kind.ToString(), item.Title);
    }
}

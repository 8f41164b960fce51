using Klachten.BuildingBlocks.Application;
using Klachten.BuildingBlocks.Domain;
using Klachten.Modules.Analysis.Contracts;
using Klachten.Modules.PreventiveAction.Application.Abstractions;
using Klachten.Modules.PreventiveAction.Contracts;
using Klachten.Modules.PreventiveAction.Domain;

namespace Klachten.Modules.PreventiveAction.Application.DecideMeasure;

/// <summary>
/// Management's decision; an approval rests on a published yearly analysis, a decision in a meeting names the (open) meeting.
/// </summary>
internal sealed class DecideMeasureCommandHandler(
    IMeasureRepository measures, IMeetingRepository meetings, IPublishedAnalyses analyses, ICurrentUser user, IOutbox outbox,
    IAuditTrail audit, TimeProvider timeProvider)
    : ICommandHandler<DecideMeasureCommand, MeasureStepResult>
{
    public async Task<MeasureStepResult> Handle(DecideMeasureCommand command, CancellationToken cancellationToken)
    {
        var measure = await measures.GetForUpdateAsync(command.MeasureId, cancellationToken);
        measure.EnsureDecidable();
        var decision = command.Decision;
        var analysis = command.Analysis;
        if (analysis is not null)
        {
            _ = await analyses.GetYearlyAsync(analysis.Year, analysis.Version, cancellationToken)
                ?? throw new DomainRuleException(MeasureErrors.AnalysisNotPublished,
                    $"Version {analysis.Version} of the yearly analysis {analysis.Year} is not published.", RuleKind.Unprocessable);
        }

        var meetingId = command.MeetingId;
        if (meetingId is { } id)
        {
            var meeting = await meetings.LockAsync(id, cancellationToken);
            meeting.EnsureOpen();
        }

        var now = timeProvider.GetUtcNow();
        var record = measure.Decide(decision, command.Reasoning, analysis, meetingId, user.UserName, now);
        await measures.SaveAsync(measure, cancellationToken);
        await outbox.EnqueueAsync(new MeasureDecided(measure.Id, measure.Reference, measure.Kind.ToString(), decision.ToString(),
            record.Reasoning, analysis?.Year, analysis?.Version, meetingId, now, user.UserName), cancellationToken);
        await audit.RecordAsync(new AuditEntry(MeasureAccess.Module, "MeasureDecided", MeasureAccess.Subject, measure.Id.ToString(),
            new
            {
                measure.Reference, Decision = decision, AnalysisYear = analysis?.Year, AnalysisVersion = analysis?.Version,
                MeetingId = meetingId,
            }),
            cancellationToken);
        return MeasureStepResult.Of(measure);
    }
}

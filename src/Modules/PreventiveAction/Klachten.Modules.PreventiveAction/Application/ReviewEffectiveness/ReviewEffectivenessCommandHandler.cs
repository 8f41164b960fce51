using Klachten.BuildingBlocks.Application;
using Klachten.Modules.Analysis.Contracts;
using Klachten.Modules.PreventiveAction.Application.Abstractions;
using Klachten.Modules.PreventiveAction.Contracts;
using Klachten.Modules.PreventiveAction.Domain;

namespace Klachten.Modules.PreventiveAction.Application.ReviewEffectiveness;

/// <summary>
/// The quality manager's judgement, with the complaint counts for what the measure addressed in equal periods before and after
/// its completion, taken from Analysis's statistics (not typed in): the figures the judgement rests on are the recorded ones.
/// </summary>
internal sealed class ReviewEffectivenessCommandHandler(
    IMeasureRepository measures, IComplaintStatistics statistics, ICurrentUser user, IOutbox outbox, IAuditTrail audit,
    TimeProvider timeProvider)
    : ICommandHandler<ReviewEffectivenessCommand, ReviewEffectivenessResult>
{
    public async Task<ReviewEffectivenessResult> Handle(ReviewEffectivenessCommand command, CancellationToken cancellationToken)
    {
        var measure = await measures.GetForUpdateAsync(command.MeasureId, cancellationToken);
        var now = timeProvider.GetUtcNow();
        var today = AmsterdamDate.Of(now);
        var (beforePeriod, afterPeriod) = measure.ReviewPeriods(today);
        var before = await CountAsync(measure, beforePeriod, cancellationToken);
        var after = await CountAsync(measure, afterPeriod, cancellationToken);
        var verdict = command.Effectiveness;
        measure.ReviewEffectiveness(verdict, command.Notes, before, after, today, user.UserName, now);
        await measures.SaveAsync(measure, cancellationToken);
        await outbox.EnqueueAsync(new MeasureEffectivenessReviewed(measure.Id, measure.Reference, verdict.ToString(),
            before.Period.From, before.Period.To, before.Received, before.Upheld, after.Period.From, after.Period.To, after.Received,
            after.Upheld, now, user.UserName), cancellationToken);
        await audit.RecordAsync(new AuditEntry(MeasureAccess.Module, "MeasureEffectivenessReviewed", MeasureAccess.Subject,
            measure.Id.ToString(),
            new { measure.Reference, Effectiveness = verdict, ReceivedBefore = before.Received, ReceivedAfter = after.Received }),
            cancellationToken);
        return new ReviewEffectivenessResult(measure.Id, measure.Reference, measure.Status.ToString(), verdict.ToString(), Dto(before),
            Dto(after));
    }

    private async Task<PeriodCount> CountAsync(Measure measure, Period period, CancellationToken cancellationToken)
    {
        var count = await statistics.CountAsync(new ComplaintCountRequest(period.From, period.To, measure.Addressed.Categories,
            measure.Addressed.RootCauses), cancellationToken);
        return new PeriodCount(period, count.Received, count.Upheld);
    }

    private static PeriodCountDto Dto(PeriodCount count) => new(count.Period.From, count.Period.To, count.Received, count.Upheld);
}

using System.Globalization;
using Klachten.BuildingBlocks.Application;
using Klachten.Modules.PreventiveAction.Application.Abstractions;
using Microsoft.Extensions.Options;

namespace Klachten.Modules.PreventiveAction.Application.WatchDeadlines;

/// <summary>
/// Reminds a measure's owner before its due date, tells the quality manager once when it passes and when an effectiveness review
/// falls due, and in January reminds the quality manager to prepare the yearly analysis and meeting. Each notification has a key
/// (what, which measure, which date, to whom): the correspondence table's unique key lets only the first sweep write it, so a
/// second run, or another host sweeping at the same moment, writes nothing.
/// </summary>
internal sealed class WatchDeadlinesCommandHandler(
    IDeadlineWatch watch, ICorrespondenceRepository correspondence, ILetterTemplates letters, IStaffDirectory staff,
    ICorrespondenceDispatch dispatch,
    IUnitOfWork unitOfWork, IAuditTrail audit, TimeProvider timeProvider, IOptions<PreventiveActionOptions> options)
    : ICommandHandler<WatchDeadlinesCommand, WatchDeadlinesResult>
{
    public async Task<WatchDeadlinesResult> Handle(WatchDeadlinesCommand command, CancellationToken cancellationToken)
    {
        var today = AmsterdamDate.Of(timeProvider.GetUtcNow());
        var written = new List<Guid>();
        async Task<bool> WriteAsync(Guid? measureId, CorrespondenceKind kind, string key, string? name, string address,
            RenderedLetter letter)
        {
            if (await correspondence.RecordOnceAsync(new OutgoingNotification(measureId, kind, key, name, address, letter),
                cancellationToken) is { } id)
            {
                written.Add(id);
                return true;
            }

            return false;
        }

        var dueReminders = 0;
        foreach (var measure in await watch.DueSoonAsync(today, today.AddDays(options.Value.ReminderDaysBefore), cancellationToken))
        {
            var owner = measure.Owner!;
            if (await WriteAsync(measure.Id, CorrespondenceKind.DueReminder, $"due-reminder:{measure.Id}:{Day(measure.DueOn!.Value)}",
                staff.NameOf(owner),
                    staff.AddressOf(owner), letters.DueReminder(measure, staff.NameOf(owner))))
            {
                dueReminders++;
            }
        }

        var overdueNotices = 0;
        foreach (var measure in await watch.OverdueAsync(today, cancellationToken))
        {
            var letter = letters.OverdueNotice(measure, measure.Owner is { } owner ? staff.NameOf(owner) : null);
            var any = false;
            foreach (var address in staff.QualityManagers)
            {
                any |= await WriteAsync(measure.Id, CorrespondenceKind.OverdueNotice,
                    $"overdue:{measure.Id}:{Day(measure.DueOn!.Value)}:{address}", "Kwaliteitsmanager", address, letter);
            }

            if (any)
            {
                overdueNotices++;
                await audit.RecordAsync(new AuditEntry(MeasureAccess.Module, "MeasureOverdue", MeasureAccess.Subject, measure.Id.ToString(),
                    new { measure.Reference, measure.DueOn, measure.Owner }), cancellationToken);
            }
        }

        var reviewReminders = 0;
        foreach (var measure in await watch.ReviewDueAsync(today, cancellationToken))
        {
            var letter = letters.ReviewDueReminder(measure);
            var any = false;
            foreach (var address in staff.QualityManagers)
            {
                any |= await WriteAsync(measure.Id, CorrespondenceKind.ReviewDueReminder,
                    $"review-due:{measure.Id}:{Day(measure.ReviewOn!.Value)}:{address}", "Kwaliteitsmanager", address, letter);
            }

            reviewReminders += any ? 1 : 0;
        }

        var yearlyReminders = 0;
        if (today.Month == 1)
        {
            var analysisYear = today.Year - 1;
            foreach (var address in staff.QualityManagers)
            {
                yearlyReminders += await WriteAsync(null, CorrespondenceKind.YearlyPreparationReminder,
                    $"yearly-preparation:{analysisYear}:{address}",
                    "Kwaliteitsmanager", address, letters.YearlyPreparationReminder(analysisYear)) ? 1 : 0;
            }
        }

        if (written.Count > 0)
        {
            unitOfWork.AfterCommit(_ => dispatch.DeliverNowAsync(written));
        }

        return new WatchDeadlinesResult(dueReminders, overdueNotices, reviewReminders, yearlyReminders);
    }

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

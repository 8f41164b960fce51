using Klachten.BuildingBlocks.Application;
using Klachten.BuildingBlocks.Calendar;
using Klachten.Modules.Handling.Application.Abstractions;
using Klachten.Modules.Handling.Contracts;
using Klachten.Modules.Handling.Domain;
using Microsoft.Extensions.Options;

namespace Klachten.Modules.Handling.Application.SettlementDeadlines;

internal sealed class RecordSettlementDeadlinesCommandHandler(
    ISettlementDeadlineWatch watch, IWorkingDayCalendar workingDays, ILetterTemplates letters, ICorrespondenceRepository correspondence,
    ICorrespondenceDispatch dispatch, IUnitOfWork unitOfWork,
    IOutbox outbox, IAuditTrail audit, IStaffDirectory staff, TimeProvider timeProvider, IOptions<HandlingOptions> options)
    : ICommandHandler<RecordSettlementDeadlinesCommand, SettlementDeadlinesResult>
{
    public async Task<SettlementDeadlinesResult> Handle(RecordSettlementDeadlinesCommand command, CancellationToken cancellationToken)
    {
        var settings = options.Value.Deadlines;
        var now = timeProvider.GetUtcNow();
        var today = AmsterdamDate.Of(now);
        var written = new List<Guid>();

        var remindUpTo = workingDays.AddWorkingDays(today, settings.ReminderWorkingDaysBefore);
        var reminders = await watch.ClaimRemindersAsync(today, remindUpTo, cancellationToken);
        foreach (var due in reminders)
        {
            // An unassigned case reminds the quality manager instead of its officer.
            var letter = letters.SettlementReminder(due.Reference, due.DueOn, due.Officer);
            var recipients = due.Officer is null ? staff.QualityManagers : [staff.AddressOf(due.Officer)];
            foreach (var recipient in recipients)
            {
                written.Add(await correspondence.RecordAsync(new OutgoingCorrespondence(due.ComplaintId, CorrespondenceKind.SettlementReminder,
                    CorrespondenceChannel.Email, due.Officer is null ? "Kwaliteitsmanager" : staff.NameOf(due.Officer), recipient, null, letter.Subject, letter.Body), cancellationToken));
            }
        }

        var breaches = await watch.ClaimBreachesAsync(today, now, cancellationToken);
        foreach (var breach in breaches)
        {
            var letter = letters.BreachNotice(breach.Reference, breach.DueOn, breach.Officer);
            foreach (var qualityManager in staff.QualityManagers)
            {
                written.Add(await correspondence.RecordAsync(new OutgoingCorrespondence(breach.ComplaintId, CorrespondenceKind.BreachNotice,
                    CorrespondenceChannel.Email, "Kwaliteitsmanager", qualityManager, null, letter.Subject, letter.Body), cancellationToken));
            }

            await outbox.EnqueueAsync(new SettlementDeadlineBreached(breach.ComplaintId, breach.Reference, breach.DueOn, breach.Officer, now),
                cancellationToken);
            await audit.RecordAsync(new AuditEntry(CaseAccess.Module, "SettlementDeadlineBreached", CaseAccess.Subject,
                breach.ComplaintId.ToString(), new { breach.DueOn, breach.Officer }), cancellationToken);
        }

        if (written.Count > 0)
        {
            unitOfWork.AfterCommit(_ => dispatch.DeliverNowAsync(written));
        }

        return new SettlementDeadlinesResult(reminders.Count, breaches.Count, written);
    }
}

using Klachten.BuildingBlocks.Application;
using Klachten.BuildingBlocks.Calendar;
using Klachten.Modules.Intake.Application.Abstractions;
using Klachten.Modules.Intake.Contracts;
using Klachten.Modules.Intake.Domain;
using Microsoft.Extensions.Options;

namespace Klachten.Modules.Intake.Application.WatchAcknowledgementDeadlines;

/// <summary>
/// Claims complaints with a conditional UPDATE ... RETURNING (reminder_sent_at / breach_recorded_at IS NULL), so a sweep
/// run twice, or on two hosts at once, reminds and records each breach once. Notices and the breach's integration event are
/// written in the same transaction; the notices are sent after it commits.
/// </summary>
internal sealed class WatchAcknowledgementDeadlinesCommandHandler(
    IComplaintRepository complaints,
    ICorrespondenceRepository correspondence,
    ILetterTemplates letters,
    ICorrespondenceDispatch dispatch,
    IUnitOfWork unitOfWork,
    IAuditTrail audit,
    IWorkingDayCalendar calendar,
    IOptions<IntakeOptions> options,
    IStaffDirectory staff,
    IOutbox outbox,
    TimeProvider timeProvider) : ICommandHandler<WatchAcknowledgementDeadlinesCommand, DeadlineSweepResult>
{
    public async Task<DeadlineSweepResult> Handle(WatchAcknowledgementDeadlinesCommand command, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var now = timeProvider.GetUtcNow();
        var today = AmsterdamTime.LocalDate(now);
        var records = new List<CorrespondenceRecord>();

        var breached = await complaints.ClaimAcknowledgementBreachesAsync(today, now, cancellationToken);
        foreach (var complaint in breached)
        {
            await audit.RecordAsync(new AuditEntry(IntakeContracts.ModuleName, "AcknowledgementDeadlineBreached", "Complaint",
                complaint.Id.ToString(), new { complaint.AcknowledgementDueOn }), cancellationToken);
            await outbox.EnqueueAsync(new AcknowledgementDeadlineBreached(complaint.Id, complaint.Reference, complaint.AcknowledgementDueOn, now),
                cancellationToken);
            var notice = letters.Render(CorrespondenceKind.AcknowledgementOverdue, complaint.ToLetterData());
            records.AddRange(staff.QualityManagers.Select(address => Notice(complaint, CorrespondenceKind.AcknowledgementOverdue,
                "Kwaliteitsmanager", address, notice, now)));
        }

        var dueTo = settings.AcknowledgementReminderWorkingDays <= 0
            ? today
            : calendar.AddWorkingDays(today, settings.AcknowledgementReminderWorkingDays);
        var reminded = await complaints.ClaimAcknowledgementRemindersAsync(today, dueTo, now, cancellationToken);
        foreach (var complaint in reminded)
        {
            var reminder = letters.Render(CorrespondenceKind.AcknowledgementReminder, complaint.ToLetterData());
            records.Add(Notice(complaint, CorrespondenceKind.AcknowledgementReminder, staff.NameOf(complaint.RegisteredBy),
                staff.AddressOf(complaint.RegisteredBy), reminder, now));
            records.AddRange(staff.QualityManagers.Select(address => Notice(complaint, CorrespondenceKind.AcknowledgementReminder,
                "Kwaliteitsmanager", address, reminder, now)));
        }

        await correspondence.AddAsync(records, cancellationToken);
        var toSend = records.Select(r => r.Id).ToList();
        if (toSend.Count > 0)
        {
            unitOfWork.AfterCommit(_ => dispatch.DeliverNowAsync(toSend));
        }

        return new DeadlineSweepResult(reminded.Count, breached.Count, toSend);
    }

    private static CorrespondenceRecord Notice(ClaimedComplaint complaint, CorrespondenceKind kind, string name, string address, RenderedLetter letter,
        DateTimeOffset now) =>
        new(Guid.CreateVersion7(now), complaint.Id, kind, CorrespondenceChannel.Email, name, address, CorrespondenceStatus.Pending,
            letter.Subject, letter.Body, now);
}

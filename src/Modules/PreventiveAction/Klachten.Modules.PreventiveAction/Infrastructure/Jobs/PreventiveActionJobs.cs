using Klachten.BuildingBlocks.Application;
using Klachten.BuildingBlocks.Infrastructure.Jobs;
using Klachten.BuildingBlocks.Infrastructure.Mail;
using Klachten.Modules.PreventiveAction.Application.WatchDeadlines;
using Klachten.Modules.PreventiveAction.Infrastructure.Correspondence;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Klachten.Modules.PreventiveAction.Infrastructure.Jobs;

/// <summary>Sweeps measures' due and review dates (and January) for notifications; the command sends them after it commits.</summary>
internal sealed class MeasureDeadlinesJob(IRequestDispatcher dispatcher, IOptions<PreventiveActionOptions> options,
    ILogger<MeasureDeadlinesJob> logger)
    : IRecurringJob
{
    public const string Id = "preventive-action-deadlines";

    public string JobId => Id;

    public string Cron => options.Value.SweepCron;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var result = await dispatcher.Send(new WatchDeadlinesCommand(), cancellationToken);
        if (result.DueReminders + result.OverdueNotices + result.ReviewReminders + result.YearlyReminders > 0)
        {
            logger.LogInformation(
                "Measure deadlines: {Due} due reminders, {Overdue} overdue notices, {Review} review reminders, {Yearly} yearly reminders",
                result.DueReminders, result.OverdueNotices, result.ReviewReminders, result.YearlyReminders);
        }
    }
}

/// <summary>E-mails correspondence still pending (a failed or interrupted send), with a growing delay between attempts.</summary>
internal sealed class SendCorrespondenceJob(OutgoingMailDelivery<PreventiveActionOutgoingMail> delivery,
    IOptions<PreventiveActionOptions> options)
    : IRecurringJob
{
    public const string Id = "preventive-action-send-correspondence";

    public string JobId => Id;

    public string Cron => options.Value.CorrespondenceCron;

    public Task RunAsync(CancellationToken cancellationToken) => delivery.DeliverDueAsync(cancellationToken);
}

using Klachten.BuildingBlocks.Application;
using Klachten.BuildingBlocks.Infrastructure.Jobs;
using Klachten.BuildingBlocks.Infrastructure.Mail;
using Klachten.Modules.Handling.Application.SettlementDeadlines;
using Klachten.Modules.Handling.Infrastructure.Correspondence;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Klachten.Modules.Handling.Infrastructure.Jobs;

/// <summary>
/// Reminds officers before the settlement date and records a breach (once) when it passes without a decision letter; the
/// command sends the notices after it commits.
/// </summary>
internal sealed class SettlementDeadlineJob(
    IRequestDispatcher dispatcher, IOptions<HandlingOptions> options, ILogger<SettlementDeadlineJob> logger)
    : IRecurringJob
{
    public const string Id = "handling-settlement-deadlines";

    public string JobId => Id;

    public string Cron => options.Value.Deadlines.SweepCron;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var result = await dispatcher.Send(new RecordSettlementDeadlinesCommand(), cancellationToken);
        if (result.Reminders + result.Breaches > 0)
        {
            logger.LogInformation("Settlement deadlines: {Reminders} reminders, {Breaches} breaches recorded", result.Reminders, result.Breaches);
        }
    }
}

/// <summary>E-mails correspondence still pending (a failed or interrupted send), with a growing delay between attempts.</summary>
internal sealed class SendCorrespondenceJob(
    OutgoingMailDelivery<HandlingOutgoingMail> delivery, IOptions<HandlingOptions> options) : IRecurringJob
{
    public const string Id = "handling-send-correspondence";

    public string JobId => Id;

    public string Cron => options.Value.Deadlines.CorrespondenceCron;

    public Task RunAsync(CancellationToken cancellationToken) => delivery.DeliverDueAsync(cancellationToken);
}

using Klachten.BuildingBlocks.Application;
using Klachten.BuildingBlocks.Infrastructure.Jobs;
using Klachten.BuildingBlocks.Infrastructure.Mail;
using Klachten.Modules.Intake.Application.WatchAcknowledgementDeadlines;
using Klachten.Modules.Intake.Infrastructure.Correspondence;

namespace Klachten.Modules.Intake.Infrastructure.Jobs;

/// <summary>Every 15 minutes: reminders for acknowledgements due soon, a breach (once) for those overdue, then sends the notices.</summary>
internal sealed class AcknowledgementDeadlinesJob(IRequestDispatcher dispatcher, OutgoingMailDelivery<IntakeOutgoingMail> delivery) : IRecurringJob
{
    public string JobId => "intake-acknowledgement-deadlines";

    public string Cron => "*/15 * * * *";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var result = await dispatcher.Send(new WatchAcknowledgementDeadlinesCommand(), cancellationToken);
        await delivery.DeliverAsync(result.CorrespondenceToSend, cancellationToken);
    }
}

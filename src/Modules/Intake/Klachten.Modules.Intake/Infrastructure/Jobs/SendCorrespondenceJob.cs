using Klachten.BuildingBlocks.Infrastructure.Jobs;
using Klachten.BuildingBlocks.Infrastructure.Mail;
using Klachten.Modules.Intake.Infrastructure.Correspondence;

namespace Klachten.Modules.Intake.Infrastructure.Jobs;

/// <summary>The safety net: every minute, sends (and retries) all pending e-mail correspondence that is due.</summary>
internal sealed class SendCorrespondenceJob(OutgoingMailDelivery<IntakeOutgoingMail> delivery) : IRecurringJob
{
    public string JobId => "intake-send-correspondence";

    public string Cron => "* * * * *";

    public Task RunAsync(CancellationToken cancellationToken) => delivery.DeliverDueAsync(cancellationToken);
}

using Klachten.BuildingBlocks.Infrastructure.Jobs;
using Klachten.Modules.Intake.Infrastructure.Correspondence;

namespace Klachten.Modules.Intake.Infrastructure.Jobs;

/// <summary>The safety net: every minute, sends (and retries) all pending e-mail correspondence that is due.</summary>
internal sealed class SendCorrespondenceJob(CorrespondenceDeliverer deliverer) : IRecurringJob
{
    public string JobId => "intake-send-correspondence";

    public string Cron => "* * * * *";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        while (await deliverer.DeliverDueAsync(cancellationToken) == CorrespondenceDeliverer.BatchSize)
        {
        }
    }
}

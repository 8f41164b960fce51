using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Klachten.BuildingBlocks.Infrastructure.Messaging;

/// <summary>
/// The delivery loop: one per process, batches per module, woken by local commits and polling for the rest.
/// Not one Hangfire job per event: Hangfire.PostgreSql creates only a few hundred jobs a second on two cores (ADR 0003).
/// </summary>
internal sealed class OutboxDeliveryService(
    IServiceProvider services,
    OutboxSignal signal,
    IOptions<MessagingOptions> options,
    ILogger<OutboxDeliveryService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var processor = services.GetRequiredService<OutboxProcessor>();
        while (!stoppingToken.IsCancellationRequested)
        {
            var settled = 0;
            try
            {
                settled = await processor.DeliverPendingAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                // The database may be restarting; the rows wait in the outbox, nothing is lost.
                logger.LogError(exception, "Outbox delivery round failed; retrying after {PollInterval}", options.Value.PollInterval);
            }

            if (settled == 0)
            {
                try
                {
                    await signal.WaitAsync(options.Value.PollInterval, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }
}

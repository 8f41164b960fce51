using System.Threading.Channels;
using Klachten.BuildingBlocks.Infrastructure.Mail;
using Klachten.Modules.Intake.Application.Abstractions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Klachten.Modules.Intake.Infrastructure.Correspondence;

/// <summary>
/// Sends right after commit (after-commit work of the handlers): synchronously where the caller wants the outcome (the acknowledgement), or by waking
/// <see cref="CorrespondenceDeliveryService"/> (notifications at registration, so registering stays fast).
/// Whatever this process does not get to, the recurring sweep "intake-send-correspondence" sends.
/// </summary>
internal sealed class CorrespondenceDispatch(
    OutgoingMailDelivery<IntakeOutgoingMail> delivery, CorrespondenceQueue queue) : ICorrespondenceDispatch
{
    public Task DeliverNowAsync(IReadOnlyCollection<Guid> correspondenceIds) => delivery.DeliverAfterCommitAsync(correspondenceIds);

    public void DeliverSoon() => queue.Signal();
}

internal sealed class CorrespondenceQueue
{
    private readonly Channel<bool> _signals = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public void Signal() => _signals.Writer.TryWrite(true);

    public ValueTask<bool> WaitAsync(CancellationToken cancellationToken) => _signals.Reader.WaitToReadAsync(cancellationToken);

    public void Drain() => _signals.Reader.TryRead(out _);
}

internal sealed class CorrespondenceDeliveryService(
    CorrespondenceQueue queue, IServiceScopeFactory scopeFactory, ILogger<CorrespondenceDeliveryService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await queue.WaitAsync(stoppingToken);
                queue.Drain();
                await using var scope = scopeFactory.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<OutgoingMailDelivery<IntakeOutgoingMail>>().DeliverDueAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                // The sweep job picks up whatever was left; keep listening.
                logger.LogError(exception, "Delivering correspondence failed");
            }
        }
    }
}

using Klachten.BuildingBlocks.Application;
using Klachten.BuildingBlocks.Infrastructure.Jobs;
using Klachten.Modules.Intake.Application.WatchAcknowledgementDeadlines;

namespace Klachten.Modules.Intake.Infrastructure.Jobs;

/// <summary>Every 15 minutes: reminders for acknowledgements due soon, a breach (once) for those overdue; the command sends the notices.</summary>
internal sealed class AcknowledgementDeadlinesJob(IRequestDispatcher dispatcher) : IRecurringJob
{
    public string JobId => "intake-acknowledgement-deadlines";

    public string Cron => "*/15 * * * *";

    public Task RunAsync(CancellationToken cancellationToken) => dispatcher.Send(new WatchAcknowledgementDeadlinesCommand(), cancellationToken);
}

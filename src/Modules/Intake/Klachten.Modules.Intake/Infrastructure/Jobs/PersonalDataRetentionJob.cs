using Klachten.BuildingBlocks.Application;
using Klachten.BuildingBlocks.Infrastructure.Jobs;
using Klachten.Modules.Intake.Application.AnonymisePersonalData;

namespace Klachten.Modules.Intake.Infrastructure.Jobs;

/// <summary>Every night: anonymises the complaints whose retention period after closing ended (AVG), a round at a time.</summary>
internal sealed class PersonalDataRetentionJob(IRequestDispatcher dispatcher) : IRecurringJob
{
    public string JobId => "intake-personal-data-retention";

    public string Cron => "40 2 * * *";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        while (await dispatcher.Send(new AnonymisePersonalDataCommand(), cancellationToken) == AnonymisePersonalDataCommand.DefaultLimit)
        {
        }
    }
}

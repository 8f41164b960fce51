using Klachten.BuildingBlocks.Application;
using Klachten.BuildingBlocks.Infrastructure.Jobs;
using Klachten.Modules.Analysis.Application.RebuildReadModel;
using Klachten.Modules.Analysis.Contracts;

namespace Klachten.Modules.Analysis.Infrastructure.Jobs;

/// <summary>
/// Empties the read model and feeds it the source modules' histories (ADR 0014). Never scheduled (Cron.Never): it is on the
/// dashboard's recurring jobs to be triggered by hand, and POST /api/analysis/rebuild enqueues it.
/// </summary>
internal sealed class AnalysisRebuildJob(IProjectionRebuilder rebuilder) : IRecurringJob
{
    public string JobId => RebuildReadModelCommandHandler.JobId;

    public string Cron => Hangfire.Cron.Never();

    public Task RunAsync(CancellationToken cancellationToken) => rebuilder.RebuildAsync(AnalysisContracts.ModuleName, cancellationToken);
}

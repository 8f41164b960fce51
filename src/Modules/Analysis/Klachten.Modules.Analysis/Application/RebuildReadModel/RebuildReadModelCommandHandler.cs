using Klachten.BuildingBlocks.Application;
using Klachten.BuildingBlocks.Infrastructure.Jobs;
using Klachten.Modules.Analysis.Contracts;

namespace Klachten.Modules.Analysis.Application.RebuildReadModel;

/// <summary>
/// Enqueues the rebuild job (AnalysisRebuildJob) and audits who asked. The job runs on a worker and shows on the dashboard;
/// a second request while one runs waits for the first (the rebuilder's lock), which is harmless.
/// </summary>
internal sealed class RebuildReadModelCommandHandler(IJobQueue jobs, IAuditTrail audit) : ICommandHandler<RebuildReadModelCommand, RebuildRequested>
{
    public const string JobId = "analysis-rebuild-read-model";

    public async Task<RebuildRequested> Handle(RebuildReadModelCommand command, CancellationToken cancellationToken)
    {
        var jobId = jobs.EnqueueNow(JobId);
        await audit.RecordAsync(new AuditEntry(AnalysisContracts.ModuleName, "ReadModelRebuildRequested", "ReadModel", "complaint_facts",
            new { JobId = jobId }), cancellationToken);
        return new RebuildRequested(jobId);
    }
}

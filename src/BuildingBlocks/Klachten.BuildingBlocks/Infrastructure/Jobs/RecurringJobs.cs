using System.ComponentModel;
using Hangfire;
using Klachten.BuildingBlocks.Calendar;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Klachten.BuildingBlocks.Infrastructure.Jobs;

/// <summary>
/// A sweep that runs on a schedule (deadline watching, letter sending). Implementations are idempotent:
/// run twice, or on two hosts at once, the effect is once.
/// </summary>
public interface IRecurringJob
{
    /// <summary>The name on the Hangfire dashboard, e.g. "intake-acknowledgement-deadlines".</summary>
    string JobId { get; }

    /// <summary>Cron expression, evaluated in Europe/Amsterdam.</summary>
    string Cron { get; }

    Task RunAsync(CancellationToken cancellationToken);
}

/// <summary>
/// The one type Hangfire stores for recurring jobs: it carries only the job id and resolves the job from DI,
/// so module job classes stay internal and can be renamed without breaking stored jobs.
/// </summary>
public sealed class RecurringJobRunner(IServiceScopeFactory scopeFactory)
{
    [DisplayName("{0}")]
    [AutomaticRetry(Attempts = 5)]
    public async Task RunAsync(string jobId, CancellationToken cancellationToken)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var job = scope.ServiceProvider.GetServices<IRecurringJob>().SingleOrDefault(j => j.JobId == jobId)
            ?? throw new InvalidOperationException($"No recurring job '{jobId}' is registered in this process.");
        await job.RunAsync(cancellationToken);
    }
}

/// <summary>Registers (or updates) every module's recurring job with Hangfire at start-up.</summary>
internal sealed class RecurringJobRegistrar(IServiceScopeFactory scopeFactory, IRecurringJobManager recurringJobs) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        foreach (var job in scope.ServiceProvider.GetServices<IRecurringJob>())
        {
            var jobId = job.JobId;
            recurringJobs.AddOrUpdate<RecurringJobRunner>(
                jobId, runner => runner.RunAsync(jobId, CancellationToken.None), job.Cron, new RecurringJobOptions { TimeZone = AmsterdamTime.Zone });
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

/// <summary>Runs a registered job (<see cref="IRecurringJob.JobId"/>) once, now, on a Hangfire worker: visible on the dashboard.</summary>
public interface IJobQueue
{
    /// <summary>Returns the Hangfire job id.</summary>
    string EnqueueNow(string jobId);
}

internal sealed class HangfireJobQueue(IBackgroundJobClient jobs) : IJobQueue
{
    public string EnqueueNow(string jobId) => jobs.Enqueue<RecurringJobRunner>(runner => runner.RunAsync(jobId, CancellationToken.None));
}

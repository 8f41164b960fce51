using Klachten.Modules.Analysis.Contracts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Klachten.IntegrationTests.Infrastructure;

/// <summary>
/// Stand-ins for Analysis's query contracts while the Analysis module does not implement them yet: registered only where no
/// real implementation is (TryAdd), so the real Analysis replaces them as soon as it registers its own. The statistics count
/// the complaints a test seeds, by the contract's rules (received in the period, in any of the categories or with any of the
/// root causes, all when both are empty); the publications are those a test publishes.
/// </summary>
public static class AnalysisDoubles
{
    public static void RegisterWhereMissing(IServiceCollection services)
    {
        services.TryAddSingleton<SeededComplaintStatistics>();
        services.TryAddSingleton<IComplaintStatistics>(provider => provider.GetRequiredService<SeededComplaintStatistics>());
        services.TryAddSingleton<PublishedAnalysesDouble>();
        services.TryAddSingleton<IPublishedAnalyses>(provider => provider.GetRequiredService<PublishedAnalysesDouble>());
    }

    public static void Reset(IServiceProvider services)
    {
        (services.GetService<IComplaintStatistics>() as SeededComplaintStatistics)?.Clear();
        (services.GetService<IPublishedAnalyses>() as PublishedAnalysesDouble)?.Clear();
    }
}

public sealed record SeededComplaint(DateOnly ReceivedOn, string Category, string RootCause, bool Upheld);

public sealed class SeededComplaintStatistics : IComplaintStatistics
{
    private readonly List<SeededComplaint> _complaints = [];
    private readonly Lock _gate = new();

    public void Seed(params SeededComplaint[] complaints)
    {
        lock (_gate)
        {
            _complaints.AddRange(complaints);
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _complaints.Clear();
        }
    }

    public Task<ComplaintCount> CountAsync(ComplaintCountRequest request, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var matching = _complaints.Where(c => c.ReceivedOn >= request.From && c.ReceivedOn <= request.To)
                .Where(c => (request.Categories.Count == 0 && request.RootCauses.Count == 0)
                            || request.Categories.Contains(c.Category) || request.RootCauses.Contains(c.RootCause))
                .ToList();
            return Task.FromResult(new ComplaintCount(request.From, request.To, matching.Count, matching.Count(c => c.Upheld)));
        }
    }
}

public sealed class PublishedAnalysesDouble : IPublishedAnalyses
{
    private readonly Dictionary<(int, int), PublishedAnalysisSummary> _yearly = [];
    private readonly Dictionary<Guid, PublishedAnalysisSummary> _reports = [];
    private readonly Lock _gate = new();

    public void Publish(PublishedAnalysisSummary summary)
    {
        lock (_gate)
        {
            _yearly[(summary.Year!.Value, summary.Version!.Value)] = summary;
        }
    }

    public void SaveReport(Guid reportId, PublishedAnalysisSummary summary)
    {
        lock (_gate)
        {
            _reports[reportId] = summary;
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _yearly.Clear();
            _reports.Clear();
        }
    }

    public Task<PublishedAnalysisSummary?> GetYearlyAsync(int year, int version, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_yearly.GetValueOrDefault((year, version)));
        }
    }

    public Task<PublishedAnalysisSummary?> GetPeriodReportAsync(Guid reportId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_reports.GetValueOrDefault(reportId));
        }
    }
}

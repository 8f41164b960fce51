using Klachten.Modules.Analysis.Contracts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Klachten.IntegrationTests.Infrastructure;

/// <summary>
/// Stand-ins for Analysis's query contracts, for tests of other modules (PreventiveAction) that need an analysis published or
/// complaints counted without running the whole procedure. Each wraps Analysis's real implementation: what a test seeds
/// (publications it publishes, complaints it seeds for the counts) is answered from the stand-in, everything else by the real
/// module, so Analysis's own tests still meet the real contracts. Reset clears what was seeded.
/// </summary>
public static class AnalysisDoubles
{
    public static void Register(IServiceCollection services)
    {
        services.AddSingleton<SeededComplaintStatistics>();
        services.AddSingleton<PublishedAnalysesDouble>();
        Wrap<IComplaintStatistics>(services, (provider, real) => new FallbackComplaintStatistics(provider.GetRequiredService<SeededComplaintStatistics>(), real));
        Wrap<IPublishedAnalyses>(services, (provider, real) => new FallbackPublishedAnalyses(provider.GetRequiredService<PublishedAnalysesDouble>(), real));
    }

    public static void Reset(IServiceProvider services)
    {
        services.GetService<SeededComplaintStatistics>()?.Clear();
        services.GetService<PublishedAnalysesDouble>()?.Clear();
    }

    private static void Wrap<T>(IServiceCollection services, Func<IServiceProvider, T?, T> wrap)
        where T : class
    {
        var original = services.LastOrDefault(d => d.ServiceType == typeof(T));
        if (original is null)
        {
            services.AddSingleton(provider => wrap(provider, null));
            return;
        }

        Func<IServiceProvider, T> real = original.ImplementationFactory is { } factory ? provider => (T)factory(provider)
            : original.ImplementationInstance is { } instance ? _ => (T)instance
            : provider => (T)ActivatorUtilities.CreateInstance(provider, original.ImplementationType!);
        services.RemoveAll<T>();
        services.Add(new ServiceDescriptor(typeof(T), provider => wrap(provider, real(provider)), original.Lifetime));
    }
}

internal sealed class FallbackComplaintStatistics(SeededComplaintStatistics seeded, IComplaintStatistics? real) : IComplaintStatistics
{
    public Task<ComplaintCount> CountAsync(ComplaintCountRequest request, CancellationToken cancellationToken) =>
        seeded.HasSeeds || real is null ? seeded.CountAsync(request, cancellationToken) : real.CountAsync(request, cancellationToken);
}

internal sealed class FallbackPublishedAnalyses(PublishedAnalysesDouble published, IPublishedAnalyses? real) : IPublishedAnalyses
{
    public async Task<PublishedAnalysisSummary?> GetYearlyAsync(int year, int version, CancellationToken cancellationToken) =>
        await published.GetYearlyAsync(year, version, cancellationToken)
        ?? (real is null ? null : await real.GetYearlyAsync(year, version, cancellationToken));

    public async Task<PublishedAnalysisSummary?> GetPeriodReportAsync(Guid reportId, CancellationToken cancellationToken) =>
        await published.GetPeriodReportAsync(reportId, cancellationToken)
        ?? (real is null ? null : await real.GetPeriodReportAsync(reportId, cancellationToken));
}

public sealed record SeededComplaint(DateOnly ReceivedOn, string Category, string RootCause, bool Upheld);

public sealed class SeededComplaintStatistics : IComplaintStatistics
{
    public bool HasSeeds
    {
        get
        {
            lock (_gate)
            {
                return _complaints.Count > 0;
            }
        }
    }

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

using Klachten.Modules.Analysis.Contracts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Klachten.IntegrationTests.Infrastructure;

/// <summary>
/// Stand-ins for Analysis's query contracts in front of the real ones: the statistics count the complaints a test seeds, by
/// the contract's rules (received in the period, in any of the categories or with any of the root causes, all when both are
/// empty), and the publications are those a test publishes; a test that seeds or publishes nothing gets the real Analysis
/// (its read model and publications). PreventiveAction's tests use the stand-ins to set up figures without taking complaints
/// through the whole procedure; Analysis's own tests seed nothing and so test the real implementations.
/// </summary>
public static class AnalysisDoubles
{
    public static void RegisterWhereMissing(IServiceCollection services)
    {
        var realStatistics = services.LastOrDefault(d => d.ServiceType == typeof(IComplaintStatistics))?.ImplementationType;
        var realPublications = services.LastOrDefault(d => d.ServiceType == typeof(IPublishedAnalyses))?.ImplementationType;
        services.RemoveAll<IComplaintStatistics>();
        services.RemoveAll<IPublishedAnalyses>();
        if (realStatistics is not null)
        {
            services.AddScoped(realStatistics);
        }

        if (realPublications is not null)
        {
            services.AddScoped(realPublications);
        }

        services.AddSingleton(provider => new SeededComplaintStatistics(realStatistics is null ? null : Real<IComplaintStatistics>(provider, realStatistics)));
        services.AddSingleton<IComplaintStatistics>(provider => provider.GetRequiredService<SeededComplaintStatistics>());
        services.AddSingleton(provider => new PublishedAnalysesDouble(realPublications is null ? null : Real<IPublishedAnalyses>(provider, realPublications)));
        services.AddSingleton<IPublishedAnalyses>(provider => provider.GetRequiredService<PublishedAnalysesDouble>());
    }

    private static RealCall<TContract> Real<TContract>(IServiceProvider provider, Type implementation) => new(provider, implementation);

    public static void Reset(IServiceProvider services)
    {
        (services.GetService<IComplaintStatistics>() as SeededComplaintStatistics)?.Clear();
        (services.GetService<IPublishedAnalyses>() as PublishedAnalysesDouble)?.Clear();
    }
}

public sealed record SeededComplaint(DateOnly ReceivedOn, string Category, string RootCause, bool Upheld);

/// <summary>Calls the real implementation of a contract in a scope of its own.</summary>
public sealed class RealCall<TContract>(IServiceProvider provider, Type implementation)
{
    public async Task<TResult> RunAsync<TResult>(Func<TContract, Task<TResult>> call)
    {
        await using var scope = provider.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
        return await call((TContract)scope.ServiceProvider.GetRequiredService(implementation));
    }
}

public sealed class SeededComplaintStatistics(RealCall<IComplaintStatistics>? real = null) : IComplaintStatistics
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
        bool seeded;
        lock (_gate)
        {
            seeded = _complaints.Count > 0;
        }

        if (!seeded && real is not null)
        {
            return real.RunAsync(statistics => statistics.CountAsync(request, cancellationToken));
        }

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

public sealed class PublishedAnalysesDouble(RealCall<IPublishedAnalyses>? real = null) : IPublishedAnalyses
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
            if (_yearly.TryGetValue((year, version), out var summary) || real is null)
            {
                return Task.FromResult(summary);
            }
        }

        return real.RunAsync(publications => publications.GetYearlyAsync(year, version, cancellationToken));
    }

    public Task<PublishedAnalysisSummary?> GetPeriodReportAsync(Guid reportId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_reports.TryGetValue(reportId, out var summary) || real is null)
            {
                return Task.FromResult(summary);
            }
        }

        return real.RunAsync(publications => publications.GetPeriodReportAsync(reportId, cancellationToken));
    }
}

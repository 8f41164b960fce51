using Dapper;
using Klachten.BuildingBlocks.Application;
using Klachten.BuildingBlocks.Infrastructure.Data;
using Klachten.BuildingBlocks.Infrastructure.Messaging;
using Klachten.BuildingBlocks.Modules;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Klachten.BuildingBlocks.Infrastructure.Projections;

/// <summary>
/// A module that is a projection: its tables hold only what its integration event handlers wrote, so they can be emptied and
/// refilled from the source modules' histories (<see cref="IIntegrationEventHistory"/>). <paramref name="Tables"/> are the
/// tables a rebuild empties (not the module's own records such as publications).
/// </summary>
public sealed record ProjectionDescriptor(string Module, IReadOnlyList<string> Tables);

internal sealed class ProjectionRegistry
{
    private readonly List<ProjectionDescriptor> _projections = [];

    public IReadOnlyList<ProjectionDescriptor> Projections => _projections;

    public void Add(ProjectionDescriptor projection) => _projections.Add(projection);
}

public static class ProjectionServiceCollectionExtensions
{
    /// <summary>Declares a registered module a projection: it is seeded at start-up when never seeded, and can be rebuilt.</summary>
    public static IServiceCollection AddProjection(this IServiceCollection services, ProjectionDescriptor projection)
    {
        if (services.SingleOrDefault(d => d.ServiceType == typeof(ProjectionRegistry))?.ImplementationInstance is not ProjectionRegistry registry)
        {
            registry = new ProjectionRegistry();
            services.AddSingleton(registry);
            services.AddSingleton<IProjectionRebuilder, ProjectionRebuilder>();
            services.AddHostedService<ProjectionSeedingService>();
        }

        registry.Add(projection);
        return services;
    }
}

/// <summary>
/// Feeds source histories to a projection's handlers, one page per transaction. Only the projection module's handlers run
/// (other modules have their state already), and they must be idempotent (no inbox record is written for regenerated events).
/// A session advisory lock per projection keeps two processes (or a seed and a rebuild) from running at once.
/// </summary>
internal sealed class ProjectionRebuilder(
    NpgsqlDataSource dataSource,
    ModuleRegistry modules,
    ProjectionRegistry projections,
    IServiceScopeFactory scopeFactory,
    TimeProvider timeProvider,
    ILogger<ProjectionRebuilder> logger) : IProjectionRebuilder
{
    public const int PageSize = 500;

    public async Task<long> RebuildAsync(string module, CancellationToken cancellationToken)
    {
        var (projection, schema) = Find(module);
        await using var lockConnection = await dataSource.OpenConnectionAsync(cancellationToken);
        await lockConnection.ExecuteAsync(new CommandDefinition("SELECT pg_advisory_lock(hashtext(@Key))", new { Key = LockKey(schema) },
            cancellationToken: cancellationToken));
        try
        {
            await using (var connection = await dataSource.OpenConnectionAsync(cancellationToken))
            {
                // Emptied before the histories are read: a live event applied after this commit stays, and every change
                // committed before a page is read is in that page (ADR 0014).
                await connection.ExecuteAsync(new CommandDefinition(
                    $"TRUNCATE {string.Join(", ", projection.Tables.Select(t => $"{schema}.{t}"))}", cancellationToken: cancellationToken));
            }

            var fed = await FeedAsync(module, cancellationToken);
            await MarkAsync(schema, module, rebuiltEvents: fed, cancellationToken);
            logger.LogInformation("Projection {Module} rebuilt from the source histories: {Events} events", module, fed);
            return fed;
        }
        finally
        {
            await lockConnection.ExecuteAsync("SELECT pg_advisory_unlock(hashtext(@Key))", new { Key = LockKey(schema) });
        }
    }

    public async Task<bool> SeedIfNeverSeededAsync(string module, CancellationToken cancellationToken)
    {
        var (_, schema) = Find(module);
        await using var lockConnection = await dataSource.OpenConnectionAsync(cancellationToken);
        if (!await lockConnection.ExecuteScalarAsync<bool>(new CommandDefinition("SELECT pg_try_advisory_lock(hashtext(@Key))",
                new { Key = LockKey(schema) }, cancellationToken: cancellationToken)))
        {
            return false; // another process seeds or rebuilds it right now
        }

        try
        {
            if (await lockConnection.ExecuteScalarAsync<bool>(new CommandDefinition(
                    $"SELECT EXISTS (SELECT 1 FROM {schema}.projection_state WHERE projection = @Module)", new { Module = module },
                    cancellationToken: cancellationToken)))
            {
                return false;
            }

            var fed = await FeedAsync(module, cancellationToken);
            await MarkAsync(schema, module, rebuiltEvents: null, cancellationToken);
            logger.LogInformation("Projection {Module} seeded from the source histories: {Events} events", module, fed);
            return true;
        }
        finally
        {
            await lockConnection.ExecuteAsync("SELECT pg_advisory_unlock(hashtext(@Key))", new { Key = LockKey(schema) });
        }
    }

    private async Task<long> FeedAsync(string module, CancellationToken cancellationToken)
    {
        long fed = 0;
        IReadOnlyList<string> sources;
        await using (var scope = scopeFactory.CreateAsyncScope())
        {
            sources = scope.ServiceProvider.GetServices<IIntegrationEventHistory>().Select(h => h.Module).ToList();
        }

        foreach (var source in sources)
        {
            Guid? after = null;
            do
            {
                await using var scope = scopeFactory.CreateAsyncScope();
                var history = scope.ServiceProvider.GetServices<IIntegrationEventHistory>().Single(h => h.Module == source);
                var page = await history.ReadAsync(after, PageSize, cancellationToken);
                await ApplyAsync(scope.ServiceProvider, module, page.Events, cancellationToken);
                fed += page.Events.Count;
                after = page.Next;
            }
            while (after is not null);
        }

        return fed;
    }

    private async Task ApplyAsync(IServiceProvider services, string module, IReadOnlyList<object> events, CancellationToken cancellationToken)
    {
        var perHandler = events
            .SelectMany(e => modules.HandlersFor(e.GetType()).Where(h => modules.OwnerOf(h).Name == module).Select(h => (Handler: h, Event: e)))
            .GroupBy(pair => pair.Handler, pair => pair.Event)
            .ToList();
        if (perHandler.Count == 0)
        {
            return;
        }

        var unitOfWork = services.GetRequiredService<UnitOfWork>();
        await unitOfWork.BeginAsync(cancellationToken);
        try
        {
            foreach (var group in perHandler)
            {
                if (!typeof(IIdempotentIntegrationEventHandler).IsAssignableFrom(group.Key))
                {
                    throw new InvalidOperationException(
                        $"{group.Key.FullName} feeds a projection but is not idempotent: a regenerated event would be applied twice.");
                }

                await OutboxProcessor.InvokeInOrderAsync(services.GetRequiredService(group.Key), group.ToList(), cancellationToken);
            }

            await unitOfWork.CommitAsync(cancellationToken);
        }
        catch
        {
            await unitOfWork.RollbackAsync();
            throw;
        }
    }

    private async Task MarkAsync(string schema, string module, long? rebuiltEvents, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition($"""
            INSERT INTO {schema}.projection_state (projection, seeded_at, last_rebuilt_at, last_rebuilt_events)
            VALUES (@Module, @Now, CASE WHEN @Events::bigint IS NULL THEN NULL ELSE @Now END, @Events)
            ON CONFLICT (projection) DO UPDATE
            SET last_rebuilt_at = excluded.last_rebuilt_at, last_rebuilt_events = excluded.last_rebuilt_events
            """, new { Module = module, Now = timeProvider.GetUtcNow(), Events = rebuiltEvents }, cancellationToken: cancellationToken));
    }

    private (ProjectionDescriptor Projection, string Schema) Find(string module)
    {
        var projection = projections.Projections.SingleOrDefault(p => p.Module == module)
            ?? throw new InvalidOperationException($"{module} is not a registered projection.");
        return (projection, modules.Modules.Single(m => m.Name == module).Schema);
    }

    private static string LockKey(string schema) => $"projection:{schema}";
}

/// <summary>At start-up, after the migrations: seeds every projection that was never seeded (a late module gets the history).</summary>
internal sealed class ProjectionSeedingService(ProjectionRegistry projections, IProjectionRebuilder rebuilder, ILogger<ProjectionSeedingService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        foreach (var projection in projections.Projections)
        {
            try
            {
                await rebuilder.SeedIfNeverSeededAsync(projection.Module, stoppingToken);
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                // The host keeps running: the next start tries again, and operations can start a rebuild.
                logger.LogError(exception, "Seeding projection {Module} failed", projection.Module);
            }
        }
    }
}

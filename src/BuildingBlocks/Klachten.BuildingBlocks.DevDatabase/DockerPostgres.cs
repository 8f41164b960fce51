using System.Diagnostics;
using DotNet.Testcontainers.Builders;
using Testcontainers.PostgreSql;

namespace Klachten.BuildingBlocks.DevDatabase;

/// <summary>A throwaway Testcontainers PostgreSQL container (tests), when a Docker engine answers.</summary>
internal static class DockerPostgres
{
    public const string Image = "postgres:15-alpine";

    // Testcontainers gives up by itself within a few hundred ms when no engine answers; this only
    // bounds an endpoint that hangs (a DOCKER_HOST nobody listens on behind a firewall).
    private static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(3);

    /// <summary>The container, or null and why not (Docker absent, or the container would not start).</summary>
    public static async Task<(ProvisionedPostgres? Postgres, string Note)> TryStartAsync(
        PostgresProvisioningOptions options, Action<string> log, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        PostgreSqlContainer container;
        try
        {
            container = await Task.Run(() => Build(options), cancellationToken).WaitAsync(ProbeTimeout, cancellationToken).ConfigureAwait(false);
        }
        catch (DockerUnavailableException)
        {
            var note = $"no Docker engine answered (checked in {stopwatch.ElapsedMilliseconds} ms)";
            log(note);
            return (null, note);
        }
        catch (TimeoutException)
        {
            var note = $"the Docker endpoint did not answer within {ProbeTimeout.TotalSeconds:0} s";
            log(note);
            return (null, note);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            var note = $"Docker could not be used ({e.GetType().Name}: {e.Message})";
            log(note);
            return (null, note);
        }

        log($"Docker answered ({stopwatch.ElapsedMilliseconds} ms); starting a {Image} container");
        try
        {
            await container.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            await container.DisposeAsync().ConfigureAwait(false);
            // E.g. the image cannot be pulled (CI with network to package registries only).
            var note = $"Docker answered, but the {Image} container did not start ({e.GetType().Name}: {e.Message})";
            log(note);
            return (null, note);
        }

        var port = container.GetMappedPublicPort(PostgreSqlBuilder.PostgreSqlPort);
        var description = $"PostgreSQL container {Image} (Testcontainers) on {container.Hostname}:{port}, removed on dispose";
        return (new ProvisionedPostgres(container.GetConnectionString(), description, container.DisposeAsync), "");
    }

    private static PostgreSqlContainer Build(PostgresProvisioningOptions options)
    {
        var builder = new PostgreSqlBuilder(Image)
            .WithDatabase(options.DatabaseName)
            .WithUsername("postgres")
            .WithPassword("postgres")
            .WithCommand("-c", "max_connections=200");
        if (options.Port is int port)
        {
            builder = builder.WithPortBinding(port, PostgreSqlBuilder.PostgreSqlPort);
        }
        return builder.Build();
    }
}

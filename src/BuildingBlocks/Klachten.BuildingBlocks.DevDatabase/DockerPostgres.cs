using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using DotNet.Testcontainers.Builders;
using Testcontainers.PostgreSql;

namespace Klachten.BuildingBlocks.DevDatabase;

/// <summary>A Testcontainers PostgreSQL container, when a Docker engine answers.</summary>
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
        var volume = options.DataDirectory is null ? null : VolumeNameFor(options.DataDirectory);
        PostgreSqlContainer container;
        try
        {
            container = await Task.Run(() => Build(options, volume), cancellationToken).WaitAsync(ProbeTimeout, cancellationToken).ConfigureAwait(false);
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
        var description = $"PostgreSQL container {Image} (Testcontainers) on {container.Hostname}:{port}"
            + (volume is null ? ", removed on dispose" : $", data in Docker volume {volume}");
        return (new ProvisionedPostgres(container.GetConnectionString(), description, container.DisposeAsync), "");
    }

    private static PostgreSqlContainer Build(PostgresProvisioningOptions options, string? volume)
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
        if (volume is not null)
        {
            // Persistent data: a named volume outlives the container. The builder switches
            // durability off for tests; a later -c wins, so switch it back on.
            builder = builder
                .WithVolumeMount(volume, "/var/lib/postgresql/data")
                .WithCommand("-c", "fsync=on", "-c", "full_page_writes=on", "-c", "synchronous_commit=on");
        }
        return builder.Build();
    }

    private static string VolumeNameFor(string dataDirectory)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(dataDirectory));
        return "klachten-devdb-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(full)))[..12];
    }
}

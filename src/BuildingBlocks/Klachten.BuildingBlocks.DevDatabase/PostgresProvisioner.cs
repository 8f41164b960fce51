using System.Diagnostics;

namespace Klachten.BuildingBlocks.DevDatabase;

/// <summary>
/// Provides a PostgreSQL for tests and Development without anyone installing or starting one by hand.
/// Throwaway (tests): a Testcontainers container when Docker answers, else a server from the local PostgreSQL binaries.
/// Persistent (Development, <see cref="PostgresProvisioningOptions.DataDirectory"/> set): a server from the local binaries.
/// </summary>
public static class PostgresProvisioner
{
    /// <summary>Starts a PostgreSQL and creates <see cref="PostgresProvisioningOptions.DatabaseName"/> in it.</summary>
    /// <exception cref="InvalidOperationException">Neither is available, or the server would not start (with the tools' output).</exception>
    public static async Task<ProvisionedPostgres> StartAsync(
        PostgresProvisioningOptions options, Action<string>? log = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.DatabaseName, nameof(options));
        if (options.Port is < 1 or > 65535)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.Port, "Port must be between 1 and 65535.");
        }
        if (options.DataDirectory is { } directory && string.IsNullOrWhiteSpace(directory))
        {
            throw new ArgumentException("DataDirectory must be null (throwaway) or a path.", nameof(options));
        }

        var say = log ?? (_ => { });
        var stopwatch = Stopwatch.StartNew();

        // Persistent data stays in the directory only with a local server. Docker users who want a database that lasts
        // have docker-compose.yml's db service, so no container with a named volume is made here.
        var dockerNote = "a persistent data directory needs the local server";
        if (options.DataDirectory is null)
        {
            var (container, note) = await DockerPostgres.TryStartAsync(options, say, cancellationToken).ConfigureAwait(false);
            if (container is not null)
            {
                return Ready(container);
            }
            dockerNote = note;
        }

        var binaries = await PostgresBinaries.FindAsync(majorVersion: null, cancellationToken).ConfigureAwait(false);
        if (binaries is not null)
        {
            say($"using the local PostgreSQL {binaries.Version} binaries in {binaries.BinDirectory}"
                + (options.DataDirectory is null ? "" : $" for the data directory {options.DataDirectory}"));
            return Ready(await LocalPostgresServer.StartAsync(options, binaries, say, cancellationToken).ConfigureAwait(false));
        }

        throw new InvalidOperationException(
            $"No PostgreSQL could be provided: {dockerNote}, and no PostgreSQL server binaries were found " +
            $"(looked in {PostgresBinaries.SearchDescription}). Install the PostgreSQL server " +
            "(Debian/Ubuntu: apt-get install postgresql; no cluster needs to run, the server is started here), " +
            (options.DataDirectory is null ? "or Docker, " : "") +
            "or set a connection string to an existing PostgreSQL database (with Docker: the db service of docker-compose.yml).");

        ProvisionedPostgres Ready(ProvisionedPostgres postgres)
        {
            say($"PostgreSQL ready in {stopwatch.ElapsedMilliseconds} ms: {postgres.Description}");
            return postgres;
        }
    }
}

using System.Diagnostics;

namespace Klachten.BuildingBlocks.DevDatabase;

/// <summary>
/// Provides a PostgreSQL for tests and Development without anyone installing or starting one by hand:
/// a Testcontainers container when Docker answers, else a server from the local PostgreSQL binaries.
/// </summary>
public static class PostgresProvisioner
{
    /// <summary>
    /// Starts a PostgreSQL and creates <see cref="PostgresProvisioningOptions.DatabaseName"/> in it.
    /// Order: a Docker container (when <see cref="PostgresProvisioningOptions.TryDocker"/> and an engine
    /// answers), else a local server (initdb + pg_ctl); with a <see cref="PostgresProvisioningOptions.DataDirectory"/>
    /// the local server comes first, because only it keeps the data in that directory.
    /// </summary>
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
        PostgresBinaries? binaries = null;
        var searchedBinaries = false;

        if (options.DataDirectory is not null)
        {
            binaries = await PostgresBinaries.FindAsync(majorVersion: null, cancellationToken).ConfigureAwait(false);
            searchedBinaries = true;
            if (binaries is not null)
            {
                say($"using the local PostgreSQL {binaries.Version} binaries in {binaries.BinDirectory} for the data directory {options.DataDirectory}");
                return Ready(await LocalPostgresServer.StartAsync(options, binaries, say, cancellationToken).ConfigureAwait(false));
            }
        }

        var dockerNote = "Docker was not tried (TryDocker = false)";
        if (options.TryDocker)
        {
            var (container, note) = await DockerPostgres.TryStartAsync(options, say, cancellationToken).ConfigureAwait(false);
            if (container is not null)
            {
                return Ready(container);
            }
            dockerNote = note;
        }

        if (!searchedBinaries)
        {
            binaries = await PostgresBinaries.FindAsync(majorVersion: null, cancellationToken).ConfigureAwait(false);
        }
        if (binaries is not null)
        {
            say($"using the local PostgreSQL {binaries.Version} binaries in {binaries.BinDirectory}");
            return Ready(await LocalPostgresServer.StartAsync(options, binaries, say, cancellationToken).ConfigureAwait(false));
        }

        throw new InvalidOperationException(
            $"No PostgreSQL could be provided: {dockerNote}, and no PostgreSQL server binaries were found " +
            $"(looked in {PostgresBinaries.SearchDescription}). Install Docker, or the PostgreSQL server " +
            "(Debian/Ubuntu: apt-get install postgresql; the tests start their own server, no cluster needs to run), " +
            "or set a connection string to an existing PostgreSQL database.");

        ProvisionedPostgres Ready(ProvisionedPostgres postgres)
        {
            say($"PostgreSQL ready in {stopwatch.ElapsedMilliseconds} ms: {postgres.Description}");
            return postgres;
        }
    }
}

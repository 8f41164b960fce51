using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using Npgsql;

namespace Klachten.BuildingBlocks.DevDatabase;

/// <summary>
/// A PostgreSQL server from the local binaries: initdb, pg_ctl start/stop; on a persistent data
/// directory, reuse of a server an earlier (killed) run left running or other processes share;
/// for throwaway data, cleanup of what crashed earlier runs left behind.
/// </summary>
internal sealed class LocalPostgresServer
{
    private const string SuperUser = "postgres";
    private const string Loopback = "127.0.0.1";
    private const string ConfFileName = "klachten-devdb.conf";
    private const string LeasesDirectoryName = "klachten-devdb.leases";
    private const string PersistentLogFileName = "klachten-devdb.log";
    private const string ThrowawayPrefix = "klachten-pg-";
    private const long MaxPersistentLogBytes = 10 * 1024 * 1024;
    private const int MaxConnections = 200;
    private static readonly TimeSpan InitDbTimeout = TimeSpan.FromMinutes(3);
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(45);
    private static readonly TimeSpan ConnectTimeout = TimeSpan.FromSeconds(30);

    private readonly PostgresBinaries _binaries;
    private readonly ServerAccount _account;
    private readonly string _dataDirectory;
    private readonly string? _throwawayRoot;
    private readonly Action<string> _log;
    private readonly List<PosixSignalRegistration> _onSignals = [];
    private EventHandler? _onProcessExit;
    private int _stopped;

    /// <summary>Other live processes using the persistent server when we joined it.</summary>
    private int _otherUsers;

    private LocalPostgresServer(PostgresBinaries binaries, ServerAccount account, string dataDirectory, string? throwawayRoot, Action<string> log)
    {
        _binaries = binaries;
        _account = account;
        _dataDirectory = dataDirectory;
        _throwawayRoot = throwawayRoot;
        _log = log;
    }

    private int Port { get; set; }

    private bool IsThrowaway => _throwawayRoot is not null;

    private string LeasesDirectory => Path.Combine(_dataDirectory, LeasesDirectoryName);

    private string OwnLease => Path.Combine(LeasesDirectory, OwnerStamp.Current.FileName);

    private string LogFile => IsThrowaway ? Path.Combine(_throwawayRoot!, "postgres.log") : Path.Combine(_dataDirectory, PersistentLogFileName);

    public static Task<ProvisionedPostgres> StartAsync(
        PostgresProvisioningOptions options, PostgresBinaries binaries, Action<string> log, CancellationToken cancellationToken) =>
        options.DataDirectory is null
            ? StartThrowawayAsync(options, binaries, log, cancellationToken)
            : StartPersistentAsync(options, options.DataDirectory, binaries, log, cancellationToken);

    private static async Task<ProvisionedPostgres> StartThrowawayAsync(
        PostgresProvisioningOptions options, PostgresBinaries binaries, Action<string> log, CancellationToken cancellationToken)
    {
        var account = await ServerAccount.DetectAsync(cancellationToken).ConfigureAwait(false);
        var tempRoot = await ChooseTempRootAsync(account, cancellationToken).ConfigureAwait(false);
        await SweepLeftoversAsync(tempRoot, binaries, account, log).ConfigureAwait(false);

        // Unique per run, so a crashed earlier run (or a parallel one) never gets in the way.
        var root = Path.Combine(tempRoot, $"{ThrowawayPrefix}{Environment.ProcessId}-{Guid.NewGuid().ToString("N")[..12]}");
        var data = Path.Combine(root, "data");
        Directory.CreateDirectory(data);
        OwnerStamp.Current.Write(Path.Combine(root, "owner"));
        var server = new LocalPostgresServer(binaries, account, data, root, log);
        try
        {
            await account.GiveAsync([root], recursive: true, cancellationToken).ConfigureAwait(false);
            await server.InitDbAsync(data, cancellationToken).ConfigureAwait(false);
            await server.StartServerAsync(options.Port, preferredPort: null, cancellationToken).ConfigureAwait(false);
            await server.EnsureDatabaseAsync(options.DatabaseName, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await server.StopAsync().ConfigureAwait(false);
            throw;
        }
        return server.ToProvisioned(options.DatabaseName,
            $"throwaway local PostgreSQL {binaries.Version} server on {Loopback}:{server.Port}, data in {data} (deleted on dispose)");
    }

    private static async Task<ProvisionedPostgres> StartPersistentAsync(
        PostgresProvisioningOptions options, string dataDirectory, PostgresBinaries binaries, Action<string> log, CancellationToken cancellationToken)
    {
        var data = Path.TrimEndingDirectorySeparator(Path.GetFullPath(dataDirectory));
        var account = await ServerAccount.DetectAsync(cancellationToken).ConfigureAwait(false);
        using var exclusive = await LockDirectoryAsync(data, log, cancellationToken).ConfigureAwait(false);

        Directory.CreateDirectory(data);
        var parent = Path.GetDirectoryName(data) ?? data;
        if (!await account.CanEnterAsync(parent, cancellationToken).ConfigureAwait(false))
        {
            throw new InvalidOperationException(
                $"The local PostgreSQL server runs as the '{ServerAccount.ServerUser}' user, which cannot reach {parent}. " +
                $"Choose a DataDirectory outside (e.g. under /var/tmp or /srv), or make every parent directory traversable (chmod o+x).");
        }

        var versionFile = Path.Combine(data, "PG_VERSION");
        var created = false;
        if (!File.Exists(versionFile))
        {
            if (Directory.EnumerateFileSystemEntries(data).Any())
            {
                throw new InvalidOperationException(
                    $"{data} is neither empty nor a PostgreSQL data directory (it has no PG_VERSION). Point DataDirectory elsewhere, or empty it.");
            }
            await InitDbIntoAsync(data, binaries, account, log, cancellationToken).ConfigureAwait(false);
            created = true;
        }
        else
        {
            var major = int.Parse(File.ReadAllText(versionFile).Trim(), NumberStyles.None, CultureInfo.InvariantCulture);
            if (major != binaries.MajorVersion)
            {
                binaries = await PostgresBinaries.FindAsync(major, cancellationToken).ConfigureAwait(false)
                    ?? throw new InvalidOperationException(
                        $"{data} was initialised by PostgreSQL {major}, but only PostgreSQL {binaries.Version} binaries were found ({binaries.BinDirectory}). " +
                        $"Install PostgreSQL {major} (apt-get install postgresql-{major}), or move the directory away to start afresh.");
            }
        }

        var server = new LocalPostgresServer(binaries, account, data, throwawayRoot: null, log);
        var reused = await server.TryReuseRunningServerAsync(options.Port, cancellationToken).ConfigureAwait(false);
        try
        {
            // The lease goes down before pg_ctl start, so a run killed right after starting the
            // server is still known as the one that started it.
            await server.TakeLeaseAsync(cancellationToken).ConfigureAwait(false);
            if (!reused)
            {
                await server.StartServerAsync(options.Port, server.ReadConfiguredPort(), cancellationToken).ConfigureAwait(false);
            }
            server.RegisterProcessExitStop();
            await server.EnsureDatabaseAsync(options.DatabaseName, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await server.StopAsync(holdingLock: true).ConfigureAwait(false);
            throw;
        }

        var what = !reused ? created ? "new, " : ""
            : server._otherUsers > 0 ? $"shared with {server._otherUsers} other process(es); the last one out stops it, "
            : "reused (left running by an earlier run), ";
        return server.ToProvisioned(options.DatabaseName,
            $"local PostgreSQL {binaries.Version} server on {Loopback}:{server.Port}, {what}data in {data}");
    }

    /// <summary>initdb into a sibling directory, then rename: a run killed during initdb leaves no half-made cluster.</summary>
    private static async Task InitDbIntoAsync(string data, PostgresBinaries binaries, ServerAccount account, Action<string> log, CancellationToken cancellationToken)
    {
        var parent = Path.GetDirectoryName(data)!;
        var name = Path.GetFileName(data);
        foreach (var leftover in Directory.EnumerateDirectories(parent, name + ".initdb-*"))
        {
            DeleteDirectory(leftover); // Only ever from a killed run: we hold the directory's lock.
        }
        var staging = Path.Combine(parent, $"{name}.initdb-{Environment.ProcessId}");
        Directory.CreateDirectory(staging);
        try
        {
            await account.GiveAsync([staging], recursive: false, cancellationToken).ConfigureAwait(false);
            var server = new LocalPostgresServer(binaries, account, staging, throwawayRoot: null, log);
            await server.InitDbAsync(staging, cancellationToken).ConfigureAwait(false);
            Directory.Delete(data);
            Directory.Move(staging, data);
        }
        finally
        {
            if (Directory.Exists(staging))
            {
                DeleteDirectory(staging);
            }
        }
    }

    private async Task InitDbAsync(string data, CancellationToken cancellationToken)
    {
        var failures = new List<string>();
        // C.UTF-8 where the C library has it (upper/lower on é, ë...), else plain C.
        foreach (var locale in new[] { "C.UTF-8", "C" })
        {
            List<string> arguments =
            [
                "-D", data, "-U", SuperUser, "--auth=trust", "--encoding=UTF8", $"--locale={locale}",
            ];
            if (IsThrowaway)
            {
                arguments.Add("--no-sync");
            }
            var started = DateTime.UtcNow;
            var result = await _account.RunAsync(_binaries.InitDb, arguments, InitDbTimeout, cancellationToken).ConfigureAwait(false);
            if (result.Succeeded)
            {
                _log($"initdb ({locale}) in {(DateTime.UtcNow - started).TotalMilliseconds:0} ms: {data}");
                return;
            }
            failures.Add(result.Describe());
            foreach (var entry in Directory.EnumerateFileSystemEntries(data))
            {
                if (Directory.Exists(entry))
                {
                    DeleteDirectory(entry);
                }
                else
                {
                    File.Delete(entry);
                }
            }
        }
        throw new InvalidOperationException(
            $"initdb failed for {data} (PostgreSQL {_binaries.Version} in {_binaries.BinDirectory}):{Environment.NewLine}" +
            string.Join(Environment.NewLine, failures));
    }

    private async Task StartServerAsync(int? requestedPort, int? preferredPort, CancellationToken cancellationToken)
    {
        const int attempts = 3;
        for (var attempt = 1; ; attempt++)
        {
            var port = requestedPort ?? (preferredPort is int preferred && IsPortFree(preferred) ? preferred : FreeLoopbackPort());
            EnsureConfigurationIncluded();
            await WriteConfigurationAsync(port, cancellationToken).ConfigureAwait(false);
            PrepareLogFile();
            var started = DateTime.UtcNow;
            var result = await _account.RunAsync(_binaries.PgCtl,
                ["start", "-D", _dataDirectory, "-l", LogFile, "-w", "-t", "60", "-s"], StartTimeout, cancellationToken).ConfigureAwait(false);
            if (result.Succeeded)
            {
                Port = port;
                RegisterProcessExitStop();
                _log($"pg_ctl start on {Loopback}:{port} in {(DateTime.UtcNow - started).TotalMilliseconds:0} ms");
                return;
            }
            var serverLog = ReadLogTail();
            var portTaken = serverLog.Contains("could not bind", StringComparison.OrdinalIgnoreCase)
                || serverLog.Contains("already in use", StringComparison.OrdinalIgnoreCase);
            if (requestedPort is null && portTaken && attempt < attempts)
            {
                _log($"port {port} was taken meanwhile; trying another");
                preferredPort = null;
                continue;
            }
            throw new InvalidOperationException(
                $"Could not start the local PostgreSQL {_binaries.Version} server on {Loopback}:{port} (data in {_dataDirectory}): " +
                $"{result.Describe()}{Environment.NewLine}--- last lines of {LogFile} ---{Environment.NewLine}{serverLog}");
        }
    }

    /// <summary>
    /// A server on this data directory may still run: from an earlier run that was killed, or used by
    /// another live process (several hosts on one database). Reuse it when it accepts connections
    /// (and the requested port, if any, matches); restart it when nobody else uses it and it does not
    /// fit; remove a stale postmaster.pid. Returns whether a running server is reused.
    /// Every process using a persistent server holds a lease (a file named after it); the last one
    /// out stops the server, and leases of processes that are gone are ignored.
    /// </summary>
    private async Task<bool> TryReuseRunningServerAsync(int? requestedPort, CancellationToken cancellationToken)
    {
        var pidFile = PostmasterPidFile.Read(_dataDirectory);
        if (pidFile is null)
        {
            return false;
        }
        if (!PostmasterPidFile.IsPostmaster(pidFile.ProcessId))
        {
            File.Delete(Path.Combine(_dataDirectory, PostmasterPidFile.FileName));
            _log($"removed a stale postmaster.pid (PID {pidFile.ProcessId} is no PostgreSQL server any more)");
            return false;
        }

        // Without a live lease the server is an earlier run's (killed, or started by hand): ours to reuse and stop.
        var live = PruneLeases();
        _otherUsers = live;
        var orphan = live == 0;
        var who = orphan ? "left running by an earlier run that is gone" : $"in use by {live} other live process(es)";
        if (requestedPort is int port && port != pidFile.Port)
        {
            if (!orphan)
            {
                throw new InvalidOperationException(
                    $"A PostgreSQL server ({who}) already runs on {_dataDirectory} at port {pidFile.Port}, not the requested port {port}. " +
                    "Stop it (pg_ctl stop -D <dir>), or ask for its port.");
            }
            _log($"a server {who} runs on port {pidFile.Port}, not the requested {port}; restarting it");
            await StopServerAsync().ConfigureAwait(false);
            return false;
        }

        Port = pidFile.Port;
        var error = await WaitUntilAcceptingAsync(ConnectTimeout, cancellationToken).ConfigureAwait(false);
        if (error is not null)
        {
            if (!orphan)
            {
                throw new InvalidOperationException(
                    $"A PostgreSQL server ({who}, PID {pidFile.ProcessId}) runs on {_dataDirectory} but does not accept connections on {Loopback}:{Port}: {error}");
            }
            _log($"the server {who} does not accept connections ({error}); restarting it");
            await StopServerAsync().ConfigureAwait(false);
            return false;
        }

        _log($"reusing the PostgreSQL server {who} (PID {pidFile.ProcessId}) on {Loopback}:{Port}");
        return true;
    }

    private async Task TakeLeaseAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(LeasesDirectory);
        OwnerStamp.Current.Write(OwnLease);
        await _account.GiveAsync([LeasesDirectory], recursive: true, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Removes the leases of processes that are gone; counts the live ones (not ours).</summary>
    private int PruneLeases()
    {
        if (!Directory.Exists(LeasesDirectory))
        {
            return 0;
        }
        var live = 0;
        foreach (var lease in Directory.EnumerateFiles(LeasesDirectory))
        {
            var holder = OwnerStamp.Parse(Path.GetFileName(lease));
            if (holder is null || holder == OwnerStamp.Current)
            {
                continue;
            }
            if (holder.IsAlive())
            {
                live++;
            }
            else
            {
                File.Delete(lease);
            }
        }
        return live;
    }

    private async Task EnsureDatabaseAsync(string databaseName, CancellationToken cancellationToken)
    {
        var error = await WaitUntilAcceptingAsync(ConnectTimeout, cancellationToken).ConfigureAwait(false);
        if (error is not null)
        {
            throw new InvalidOperationException(
                $"The local PostgreSQL server on {Loopback}:{Port} did not accept connections within {ConnectTimeout.TotalSeconds:0} s: {error}" +
                $"{Environment.NewLine}--- last lines of {LogFile} ---{Environment.NewLine}{ReadLogTail()}");
        }
        await using var connection = new NpgsqlConnection(AdminConnectionString());
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = $1", connection);
        exists.Parameters.Add(new NpgsqlParameter { Value = databaseName });
        if (await exists.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is not null)
        {
            return;
        }
        var quoted = "\"" + databaseName.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
        await using var create = new NpgsqlCommand($"CREATE DATABASE {quoted}", connection);
        try
        {
            await create.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            _log($"created database {quoted}");
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.DuplicateDatabase)
        {
            // Created by a parallel run meanwhile: fine.
        }
    }

    /// <summary>Null when the server accepts connections, else the last error.</summary>
    private async Task<string?> WaitUntilAcceptingAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            try
            {
                await using var connection = new NpgsqlConnection(AdminConnectionString());
                await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
                return null;
            }
            catch (Exception e) when (e is NpgsqlException or SocketException or TimeoutException)
            {
                if (DateTime.UtcNow >= deadline)
                {
                    return $"{e.GetType().Name}: {e.Message}";
                }
            }
            await Task.Delay(100, cancellationToken).ConfigureAwait(false);
        }
    }

    private string AdminConnectionString() => new NpgsqlConnectionStringBuilder
    {
        Host = Loopback,
        Port = Port,
        Username = SuperUser,
        Database = "postgres",
        Pooling = false,
        Timeout = 5,
    }.ConnectionString;

    private ProvisionedPostgres ToProvisioned(string databaseName, string description)
    {
        var connectionString = new NpgsqlConnectionStringBuilder
        {
            Host = Loopback,
            Port = Port,
            Username = SuperUser,
            Database = databaseName,
        }.ConnectionString;
        return new ProvisionedPostgres(connectionString, description, () => StopAsync());
    }

    private async Task WriteConfigurationAsync(int port, CancellationToken cancellationToken)
    {
        var settings = new StringBuilder()
            .AppendLine("# Written by Klachten.BuildingBlocks.DevDatabase on every start; edits here are overwritten.")
            .AppendLine($"listen_addresses = '{Loopback}'")
            .AppendLine(CultureInfo.InvariantCulture, $"port = {port}")
            .AppendLine(CultureInfo.InvariantCulture, $"max_connections = {MaxConnections}");
        // The socket lives in the data directory (no /var/run/postgresql needed), unless the path
        // would exceed the 107 bytes a Unix socket path may have; then TCP only.
        var socketPath = Path.Combine(_dataDirectory, $".s.PGSQL.{port}");
        var socketDirectory = Encoding.UTF8.GetByteCount(socketPath) < 100 && !OperatingSystem.IsWindows() ? _dataDirectory : "";
        settings.AppendLine($"unix_socket_directories = '{socketDirectory.Replace("'", "''", StringComparison.Ordinal)}'");
        if (IsThrowaway)
        {
            // Throwaway data: durability buys nothing (https://www.postgresql.org/docs/current/non-durability.html).
            settings.AppendLine("fsync = off").AppendLine("synchronous_commit = off").AppendLine("full_page_writes = off");
        }
        var path = Path.Combine(_dataDirectory, ConfFileName);
        await File.WriteAllTextAsync(path, settings.ToString(), cancellationToken).ConfigureAwait(false);
        await _account.GiveAsync([path], recursive: false, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>postgresql.conf reads our settings file last, so its settings win (also for a directory initialised elsewhere).</summary>
    private void EnsureConfigurationIncluded()
    {
        var path = Path.Combine(_dataDirectory, "postgresql.conf");
        var include = $"include_if_exists = '{ConfFileName}'";
        if (File.ReadLines(path).Any(line => line.Trim() == include))
        {
            return;
        }
        File.AppendAllText(path,
            $"{Environment.NewLine}# Settings of Klachten.BuildingBlocks.DevDatabase (port, sockets, connections), rewritten on every start:{Environment.NewLine}{include}{Environment.NewLine}");
    }

    private int? ReadConfiguredPort()
    {
        var path = Path.Combine(_dataDirectory, ConfFileName);
        if (!File.Exists(path))
        {
            return null;
        }
        foreach (var line in File.ReadLines(path))
        {
            var parts = line.Split('=', 2, StringSplitOptions.TrimEntries);
            if (parts.Length == 2 && parts[0] == "port" && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var port))
            {
                return port;
            }
        }
        return null;
    }

    private void PrepareLogFile()
    {
        var file = new FileInfo(LogFile);
        if (file.Exists && file.Length > MaxPersistentLogBytes)
        {
            file.Delete();
        }
    }

    private string ReadLogTail(int lines = 30)
    {
        try
        {
            return File.Exists(LogFile) ? string.Join(Environment.NewLine, File.ReadLines(LogFile).TakeLast(lines)) : "(no log file)";
        }
        catch (IOException e)
        {
            return $"(could not read the log: {e.Message})";
        }
    }

    private void RegisterProcessExitStop()
    {
        if (_onProcessExit is not null)
        {
            return;
        }
        // Best effort when the process ends without disposing. ProcessExit covers a normal exit only:
        // since .NET 10 the runtime no longer turns SIGTERM into ProcessExit, and Ctrl+C never did.
        _onProcessExit = (_, _) => StopAsync().AsTask().GetAwaiter().GetResult();
        AppDomain.CurrentDomain.ProcessExit += _onProcessExit;

        // A throwaway server also goes when the (test) process is interrupted or terminated; the
        // signal is not cancelled, so the process still ends. A persistent (Development) server is
        // left to the host's own shutdown, which handles these signals gracefully and then exits
        // normally; if it is killed instead, the next run reuses the server. SIGKILL cannot be
        // caught at all: the next throwaway run sweeps such leftovers.
        if (IsThrowaway && !OperatingSystem.IsWindows())
        {
            foreach (var signal in new[] { PosixSignal.SIGINT, PosixSignal.SIGTERM, PosixSignal.SIGQUIT, PosixSignal.SIGHUP })
            {
                _onSignals.Add(PosixSignalRegistration.Create(signal, _ => StopAsync().AsTask().GetAwaiter().GetResult()));
            }
        }
    }

    private async ValueTask StopAsync(bool holdingLock = false)
    {
        if (Interlocked.Exchange(ref _stopped, 1) == 1)
        {
            return;
        }
        if (_onProcessExit is not null)
        {
            AppDomain.CurrentDomain.ProcessExit -= _onProcessExit;
        }
        foreach (var registration in _onSignals)
        {
            registration.Dispose();
        }
        if (_throwawayRoot is not null)
        {
            try
            {
                await StopServerAsync().ConfigureAwait(false);
            }
            finally
            {
                DeleteDirectory(_throwawayRoot);
            }
            return;
        }

        using var exclusive = holdingLock ? null : await LockDirectoryAsync(_dataDirectory, _log, CancellationToken.None).ConfigureAwait(false);
        File.Delete(OwnLease);
        var live = PruneLeases();
        if (live > 0)
        {
            _log($"leaving the PostgreSQL server on {Loopback}:{Port} running for {live} other process(es)");
            return;
        }
        await StopServerAsync().ConfigureAwait(false);
    }

    private async Task StopServerAsync()
    {
        if (PostmasterPidFile.Read(_dataDirectory) is null)
        {
            return;
        }
        var fast = await _account.RunAsync(_binaries.PgCtl, ["stop", "-D", _dataDirectory, "-m", "fast", "-w", "-t", "30", "-s"], StopTimeout).ConfigureAwait(false);
        if (fast.Succeeded || PostmasterPidFile.Read(_dataDirectory) is null)
        {
            return;
        }
        var immediate = await _account.RunAsync(_binaries.PgCtl, ["stop", "-D", _dataDirectory, "-m", "immediate", "-w", "-t", "10", "-s"], StopTimeout).ConfigureAwait(false);
        if (!immediate.Succeeded)
        {
            _log($"could not stop the PostgreSQL server on {_dataDirectory}: {fast.Describe()} / {immediate.Describe()}");
        }
    }

    /// <summary>Removes throwaway directories whose run died without cleaning up (stopping their server first).</summary>
    private static async Task SweepLeftoversAsync(string tempRoot, PostgresBinaries binaries, ServerAccount account, Action<string> log)
    {
        IEnumerable<string> candidates;
        try
        {
            candidates = Directory.EnumerateDirectories(tempRoot, ThrowawayPrefix + "*").ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return;
        }
        foreach (var root in candidates)
        {
            try
            {
                var owner = OwnerStamp.Read(Path.Combine(root, "owner"));
                var abandoned = owner is null
                    ? Directory.GetLastWriteTimeUtc(root) < DateTime.UtcNow.AddMinutes(-10)
                    : !owner.IsAlive();
                if (!abandoned)
                {
                    continue;
                }
                var data = Path.Combine(root, "data");
                if (PostmasterPidFile.Read(data) is { } pidFile && PostmasterPidFile.IsPostmaster(pidFile.ProcessId))
                {
                    await account.RunAsync(binaries.PgCtl, ["stop", "-D", data, "-m", "immediate", "-w", "-t", "10", "-s"], StopTimeout).ConfigureAwait(false);
                }
                DeleteDirectory(root);
                log($"removed the leftovers of an earlier run that did not clean up (process {owner?.ProcessId.ToString(CultureInfo.InvariantCulture) ?? "unknown"}): {root}");
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException)
            {
                log($"could not remove leftovers in {root}: {e.Message}");
            }
        }
    }

    private static async Task<string> ChooseTempRootAsync(ServerAccount account, CancellationToken cancellationToken)
    {
        var temp = Path.TrimEndingDirectorySeparator(Path.GetTempPath());
        if (await account.CanEnterAsync(temp, cancellationToken).ConfigureAwait(false))
        {
            return temp;
        }
        // TMPDIR may be private to root (e.g. under /root); the server account needs to get in.
        return "/tmp";
    }

    /// <summary>Serialises starting and stopping a server on one persistent directory across processes.</summary>
    private static async Task<FileStream> LockDirectoryAsync(string data, Action<string> log, CancellationToken cancellationToken)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(data)))[..16];
        var path = Path.Combine(Path.GetTempPath(), $"klachten-devdb-{hash}.lock");
        var deadline = DateTime.UtcNow.AddMinutes(3);
        var told = false;
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                if (!told)
                {
                    log($"waiting for another process starting or stopping the server on {data}");
                    told = true;
                }
                await Task.Delay(250, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private static bool IsPortFree(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            listener.Stop();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private static void DeleteDirectory(string path)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                if (Directory.Exists(path))
                {
                    Directory.Delete(path, recursive: true);
                }
                return;
            }
            catch (IOException) when (attempt < 5)
            {
                Thread.Sleep(100 * attempt);
            }
        }
    }
}

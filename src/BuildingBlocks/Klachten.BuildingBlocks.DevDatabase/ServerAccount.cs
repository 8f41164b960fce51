using System.Runtime.InteropServices;

namespace Klachten.BuildingBlocks.DevDatabase;

/// <summary>
/// The OS account the local PostgreSQL server runs as. initdb and postgres refuse to run as root,
/// so as root the commands run as the <c>postgres</c> user (runuser, else su); otherwise directly.
/// </summary>
internal sealed class ServerAccount
{
    public const string ServerUser = "postgres";
    private static readonly TimeSpan ShortCommand = TimeSpan.FromSeconds(15);
    private readonly string? _runuser;
    private readonly string? _su;

    private ServerAccount(bool switchUser, string? runuser, string? su)
    {
        SwitchesUser = switchUser;
        _runuser = runuser;
        _su = su;
    }

    /// <summary>True when we are root and the server commands run as <see cref="ServerUser"/>.</summary>
    public bool SwitchesUser { get; }

    public static async Task<ServerAccount> DetectAsync(CancellationToken cancellationToken)
    {
        if (OperatingSystem.IsWindows() || geteuid() != 0)
        {
            return new ServerAccount(false, null, null);
        }
        var runuser = FindExecutable("runuser", "/usr/sbin", "/sbin", "/usr/bin", "/bin");
        var su = FindExecutable("su", "/bin", "/usr/bin");
        if (runuser is null && su is null)
        {
            throw new InvalidOperationException(
                $"Running as root, the local PostgreSQL server must run as the '{ServerUser}' user, but neither runuser nor su was found.");
        }
        var id = await ProcessRunner.RunAsync("id", ["-u", ServerUser], ShortCommand, cancellationToken).ConfigureAwait(false);
        if (!id.Succeeded)
        {
            throw new InvalidOperationException(
                $"Running as root, the local PostgreSQL server must run as the '{ServerUser}' user (initdb refuses root), " +
                $"but that user does not exist. Create it (useradd --system --home-dir /var/lib/postgresql {ServerUser}) " +
                "or install the PostgreSQL server package, which creates it (apt-get install postgresql).");
        }
        return new ServerAccount(true, runuser, su);
    }

    /// <summary>Runs a command as the server account.</summary>
    public Task<ProcessResult> RunAsync(string fileName, IReadOnlyList<string> arguments, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        if (!SwitchesUser)
        {
            return ProcessRunner.RunAsync(fileName, arguments, timeout, cancellationToken);
        }
        if (_runuser is not null)
        {
            return ProcessRunner.RunAsync(_runuser, ["-u", ServerUser, "--", fileName, .. arguments], timeout, cancellationToken);
        }
        var command = string.Join(' ', new[] { fileName }.Concat(arguments).Select(ProcessRunner.Quote));
        return ProcessRunner.RunAsync(_su!, [ServerUser, "-s", "/bin/sh", "-c", command], timeout, cancellationToken);
    }

    /// <summary>As root: hands the paths to the server account (chown), so the server may use them.</summary>
    public async Task GiveAsync(IEnumerable<string> paths, bool recursive, CancellationToken cancellationToken)
    {
        if (!SwitchesUser)
        {
            return;
        }
        string[] arguments = [.. recursive ? new[] { "-R" } : [], $"{ServerUser}:", .. paths];
        var result = await ProcessRunner.RunAsync("chown", arguments, ShortCommand, cancellationToken).ConfigureAwait(false);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Could not hand the PostgreSQL files to the '{ServerUser}' user: {result.Describe()}");
        }
    }

    /// <summary>Whether the server account can pass through the directory (it and all its ancestors traversable).</summary>
    public async Task<bool> CanEnterAsync(string directory, CancellationToken cancellationToken)
    {
        if (!SwitchesUser)
        {
            return true;
        }
        var result = await RunAsync("test", ["-x", directory], ShortCommand, cancellationToken).ConfigureAwait(false);
        return result.Succeeded;
    }

    internal static string? FindExecutable(string name, params string[] preferredDirectories)
    {
        var fileName = OperatingSystem.IsWindows() ? name + ".exe" : name;
        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        return preferredDirectories
            .Concat(path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
            .Select(directory => Path.Combine(directory, fileName))
            .FirstOrDefault(File.Exists);
    }

    // DllImport rather than LibraryImport: the latter needs AllowUnsafeBlocks; geteuid marshals nothing.
    [DllImport("libc", ExactSpelling = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern uint geteuid();
}

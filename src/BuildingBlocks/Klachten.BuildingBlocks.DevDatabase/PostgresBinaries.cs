using System.Globalization;
using System.Text.RegularExpressions;

namespace Klachten.BuildingBlocks.DevDatabase;

/// <summary>A directory holding the PostgreSQL server programs (initdb, pg_ctl, postgres).</summary>
internal sealed partial record PostgresBinaries(string BinDirectory, int MajorVersion, string Version)
{
    public const string SearchDescription = "/usr/lib/postgresql/*/bin, /usr/pgsql-*/bin, `pg_config --bindir` and PATH";
    private static readonly TimeSpan VersionTimeout = TimeSpan.FromSeconds(10);

    public string InitDb => Program("initdb");

    public string PgCtl => Program("pg_ctl");

    /// <summary>
    /// Finds server binaries: /usr/lib/postgresql/N/bin (highest N first; Debian), /usr/pgsql-N/bin
    /// (PGDG RPMs), then <c>pg_config --bindir</c>, then PATH. With <paramref name="majorVersion"/>,
    /// only binaries of that major version (a data directory can only be run by its own major version).
    /// </summary>
    public static async Task<PostgresBinaries?> FindAsync(int? majorVersion, CancellationToken cancellationToken)
    {
        foreach (var directory in await CandidatesAsync(cancellationToken).ConfigureAwait(false))
        {
            if (!HasServerPrograms(directory))
            {
                continue;
            }
            var found = await DescribeAsync(directory, cancellationToken).ConfigureAwait(false);
            if (found is not null && (majorVersion is null || found.MajorVersion == majorVersion))
            {
                return found;
            }
        }
        return null;
    }

    private string Program(string name) => Path.Combine(BinDirectory, OperatingSystem.IsWindows() ? name + ".exe" : name);

    private static async Task<List<string>> CandidatesAsync(CancellationToken cancellationToken)
    {
        var candidates = new List<string>();
        candidates.AddRange(VersionedDirectories("/usr/lib/postgresql", "", "bin"));
        candidates.AddRange(VersionedDirectories("/usr", "pgsql-", "bin"));

        var pgConfig = ServerAccount.FindExecutable("pg_config");
        if (pgConfig is not null)
        {
            var result = await ProcessRunner.RunAsync(pgConfig, ["--bindir"], VersionTimeout, cancellationToken).ConfigureAwait(false);
            if (result.Succeeded && result.Output.Trim() is { Length: > 0 } bindir)
            {
                candidates.Add(bindir);
            }
        }

        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        candidates.AddRange(path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries));
        return candidates.Distinct(StringComparer.Ordinal).ToList();
    }

    private static IEnumerable<string> VersionedDirectories(string parent, string prefix, string bin)
    {
        if (!Directory.Exists(parent))
        {
            return [];
        }
        return Directory.EnumerateDirectories(parent, prefix + "*")
            .Select(directory => (directory, name: Path.GetFileName(directory)[prefix.Length..]))
            .Select(d => (d.directory, version: decimal.TryParse(d.name, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var v) ? v : (decimal?)null))
            .Where(d => d.version is not null)
            .OrderByDescending(d => d.version)
            .Select(d => Path.Combine(d.directory, bin));
    }

    private static bool HasServerPrograms(string directory)
    {
        var exe = OperatingSystem.IsWindows() ? ".exe" : "";
        return File.Exists(Path.Combine(directory, "initdb" + exe))
            && File.Exists(Path.Combine(directory, "pg_ctl" + exe))
            && File.Exists(Path.Combine(directory, "postgres" + exe));
    }

    private static async Task<PostgresBinaries?> DescribeAsync(string directory, CancellationToken cancellationToken)
    {
        var pgCtl = Path.Combine(directory, OperatingSystem.IsWindows() ? "pg_ctl.exe" : "pg_ctl");
        var result = await ProcessRunner.RunAsync(pgCtl, ["--version"], VersionTimeout, cancellationToken).ConfigureAwait(false);
        var match = VersionPattern().Match(result.Output);
        if (!result.Succeeded || !match.Success)
        {
            return null;
        }
        return new PostgresBinaries(directory, int.Parse(match.Groups["major"].Value, CultureInfo.InvariantCulture), match.Groups["version"].Value);
    }

    // "pg_ctl (PostgreSQL) 15.14 (Debian 15.14-0+deb12u1)"
    [GeneratedRegex(@"\(PostgreSQL\)\s+(?<version>(?<major>\d+)(\.\d+)*)")]
    private static partial Regex VersionPattern();
}

using System.Diagnostics;
using System.Globalization;

namespace Klachten.BuildingBlocks.DevDatabase;

/// <summary>
/// The postmaster.pid a running server keeps in its data directory: line 1 the postmaster's
/// process id, line 4 its port. A server killed hard leaves it behind (stale).
/// </summary>
internal sealed record PostmasterPidFile(int ProcessId, int Port)
{
    public const string FileName = "postmaster.pid";

    public static PostmasterPidFile? Read(string dataDirectory)
    {
        try
        {
            var lines = File.ReadAllLines(Path.Combine(dataDirectory, FileName));
            return lines.Length >= 4
                && int.TryParse(lines[0].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var pid)
                && int.TryParse(lines[3].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var port)
                ? new PostmasterPidFile(pid, port)
                : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Whether the process id belongs to a live PostgreSQL server (ids get recycled).</summary>
    public static bool IsPostmaster(int processId)
    {
        try
        {
            using var process = Process.GetProcessById(processId);
            return !process.HasExited
                && !OwnerStamp.IsZombie(processId)
                && (process.ProcessName.Contains("postgres", StringComparison.OrdinalIgnoreCase)
                    || process.ProcessName.Contains("postmaster", StringComparison.OrdinalIgnoreCase));
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}

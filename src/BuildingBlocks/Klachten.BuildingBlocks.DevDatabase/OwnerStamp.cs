using System.Diagnostics;
using System.Globalization;

namespace Klachten.BuildingBlocks.DevDatabase;

/// <summary>
/// Which process started a server: its id and start time (so a recycled process id is not
/// mistaken for the owner). Lets a later run tell a crashed run's leftovers from a live neighbour's.
/// </summary>
internal sealed record OwnerStamp(int ProcessId, long StartedUtcTicks)
{
    public static OwnerStamp Current { get; } = Create();

    /// <summary>A file name for the stamp: "PID-TICKS".</summary>
    public string FileName => string.Create(CultureInfo.InvariantCulture, $"{ProcessId}-{StartedUtcTicks}");

    public static OwnerStamp? Parse(string text)
    {
        var parts = text.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var pid)
            && long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
            ? new OwnerStamp(pid, ticks)
            : null;
    }

    public static OwnerStamp? Read(string path)
    {
        try
        {
            return Parse(File.ReadAllText(path));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    public void Write(string path) => File.WriteAllText(path, FileName + "\n");

    /// <summary>Whether the stamped process still runs (when in doubt: yes).</summary>
    public bool IsAlive()
    {
        try
        {
            using var process = Process.GetProcessById(ProcessId);
            if (process.HasExited || IsZombie(ProcessId))
            {
                return false;
            }
            var started = process.StartTime.ToUniversalTime().Ticks;
            return Math.Abs(started - StartedUtcTicks) < TimeSpan.TicksPerSecond * 2;
        }
        catch (ArgumentException)
        {
            return false; // No such process.
        }
        catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception or NotSupportedException)
        {
            return true;
        }
    }

    /// <summary>
    /// A process killed a moment ago may linger as a zombie until its parent reaps it; Linux still
    /// lists it (state Z in /proc/PID/stat), and .NET reports it as running.
    /// </summary>
    internal static bool IsZombie(int processId)
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }
        try
        {
            var stat = File.ReadAllText($"/proc/{processId.ToString(CultureInfo.InvariantCulture)}/stat");
            var afterName = stat.LastIndexOf(')');
            return afterName >= 0 && stat.AsSpan(afterName + 1).TrimStart() is [var state, ..] && state is 'Z' or 'X';
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static OwnerStamp Create()
    {
        using var self = Process.GetCurrentProcess();
        return new OwnerStamp(Environment.ProcessId, self.StartTime.ToUniversalTime().Ticks);
    }
}

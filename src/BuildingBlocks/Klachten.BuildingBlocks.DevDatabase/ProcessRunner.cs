using System.Diagnostics;
using System.Text;

namespace Klachten.BuildingBlocks.DevDatabase;

internal sealed record ProcessResult(string CommandLine, int ExitCode, string Output)
{
    public bool Succeeded => ExitCode == 0;

    public string Describe() =>
        $"`{CommandLine}` exited with code {ExitCode}" + (Output.Length == 0 ? "." : $":{Environment.NewLine}{Output.TrimEnd()}");
}

/// <summary>Runs a command to completion, capturing stdout and stderr together.</summary>
internal static class ProcessRunner
{
    // Variables that would make the PostgreSQL tools act on some other cluster than ours.
    private static readonly string[] PgEnvironment =
        ["PGDATA", "PGPORT", "PGHOST", "PGHOSTADDR", "PGUSER", "PGDATABASE", "PGOPTIONS", "PGSERVICE", "PGSERVICEFILE", "PGPASSWORD", "PGPASSFILE"];

    public static async Task<ProcessResult> RunAsync(
        string fileName, IReadOnlyList<string> arguments, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        var startInfo = new ProcessStartInfo(fileName)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            // The server account may not be able to enter our working directory (e.g. /root).
            WorkingDirectory = OperatingSystem.IsWindows() ? Path.GetTempPath() : "/",
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }
        foreach (var name in PgEnvironment)
        {
            startInfo.Environment.Remove(name);
        }

        var commandLine = string.Join(' ', new[] { fileName }.Concat(arguments).Select(Quote));
        var output = new StringBuilder();
        using var process = new Process { StartInfo = startInfo };
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        try
        {
            process.Start();
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return new ProcessResult(commandLine, -1, $"could not start: {e.Message}");
        }
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeoutSource.CancelAfter(timeout);
        try
        {
            await process.WaitForExitAsync(timeoutSource.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            try
            {
                process.Kill(entireProcessTree: true);
            }
            catch (InvalidOperationException)
            {
                // Already gone.
            }
            cancellationToken.ThrowIfCancellationRequested();
            lock (output)
            {
                return new ProcessResult(commandLine, -1, $"timed out after {timeout.TotalSeconds:0} s{Environment.NewLine}{output}");
            }
        }
        // The parameterless wait also drains the redirected output.
        process.WaitForExit();
        lock (output)
        {
            return new ProcessResult(commandLine, process.ExitCode, output.ToString());
        }
    }

    public static string Quote(string argument) =>
        argument.Length > 0 && argument.All(c => char.IsAsciiLetterOrDigit(c) || "-_./=:,@+%".Contains(c))
            ? argument
            : "'" + argument.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (output)
        {
            output.AppendLine(line);
        }
    }
}

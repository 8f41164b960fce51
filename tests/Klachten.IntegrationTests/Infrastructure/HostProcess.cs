using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;

namespace Klachten.IntegrationTests.Infrastructure;

/// <summary>
/// The real Host as a child process on Kestrel (what production runs), for what the in-process test server cannot show:
/// Kestrel's own limits and headers, and a crash (<see cref="Kill"/> is SIGKILL, nothing runs on the way out).
/// </summary>
public sealed class HostProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private HostProcess(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public int Id => _process.Id;

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public static async Task<HostProcess> StartAsync(string connectionString, string mailDirectory,
        IReadOnlyDictionary<string, string>? settings = null, int? port = null)
    {
        var listenOn = port ?? FreePort();
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Klachten.Host.dll"));
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Testing",
            ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{listenOn}",
            ["ConnectionStrings__Klachten"] = connectionString,
            ["Mail__Delivery"] = "PickupDirectory",
            ["Mail__PickupDirectory"] = mailDirectory,
            ["Jobs__ServerEnabled"] = "false",
            ["Messaging__PollInterval"] = "00:00:00.200",
            ["RateLimiting__Enabled"] = "false",
            ["Logging__LogLevel__Default"] = "Warning",
        };
        foreach (var (key, value) in TestTokens.HostSettings)
        {
            environment[key.Replace(":", "__", StringComparison.Ordinal)] = value!;
        }

        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("The host did not start.");
        var host = new HostProcess(process, new Uri($"http://127.0.0.1:{listenOn}"));
        process.OutputDataReceived += (_, e) => host.Append(e.Data);
        process.ErrorDataReceived += (_, e) => host.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await host.WaitUntilLiveAsync(TimeSpan.FromSeconds(60));
        return host;
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }

    private async Task WaitUntilLiveAsync(TimeSpan timeout)
    {
        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The host exited with {_process.ExitCode}:\n{Output}");
            }

            try
            {
                if ((await client.GetAsync("/health/live")).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"The host did not answer within {timeout}:\n{Output}");
    }

    public HttpClient CreateClient(string userName, params string[] roles)
    {
        var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.Create(userName, roles));
        return client;
    }

    /// <summary>SIGSTOP / SIGCONT: freezes the process at once (the kernel stops it between any two instructions), to look at
    /// what it holds at that moment before killing it.</summary>
    public void Freeze() => Signal(19);

    public void Thaw() => Signal(18);

    private void Signal(int signal)
    {
        if (Kill(_process.Id, signal) != 0)
        {
            throw new InvalidOperationException($"Signal {signal} to {_process.Id} failed.");
        }
    }

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);

    /// <summary>SIGKILL: no shutdown, no flushing, no lease handed back; as a power cut leaves the process.</summary>
    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }
    }

    public static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    public ValueTask DisposeAsync()
    {
        Kill();
        _process.Dispose();
        return ValueTask.CompletedTask;
    }
}

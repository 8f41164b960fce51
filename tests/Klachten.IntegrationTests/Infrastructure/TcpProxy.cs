using System.Net;
using System.Net.Sockets;

namespace Klachten.IntegrationTests.Infrastructure;

/// <summary>
/// A TCP forwarder between a host and PostgreSQL that a test can cut, as a network failure or a stopped server would:
/// <see cref="Cut"/> closes every connection and refuses new ones (connection refused), <see cref="Restore"/> listens again.
/// </summary>
public sealed class TcpProxy : IAsyncDisposable
{
    private readonly IPEndPoint _target;
    private readonly List<TcpClient> _connections = [];
    private TcpListener? _listener;
    private CancellationTokenSource _stop = new();

    public TcpProxy(string targetHost, int targetPort)
    {
        _target = new IPEndPoint(IPAddress.Parse(targetHost == "localhost" ? "127.0.0.1" : targetHost), targetPort);
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        Port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        Restore();
    }

    public int Port { get; }

    public void Restore()
    {
        _stop = new CancellationTokenSource();
        _listener = new TcpListener(IPAddress.Loopback, Port);
        _listener.Start();
        _ = AcceptAsync(_listener, _stop.Token);
    }

    public void Cut()
    {
        _stop.Cancel();
        _listener?.Stop();
        lock (_connections)
        {
            foreach (var connection in _connections)
            {
                try
                {
                    connection.Client?.LingerState = new LingerOption(true, 0); // a reset, as a dead server's machine answers
                }
                catch (Exception exception) when (exception is SocketException or ObjectDisposedException)
                {
                }

                connection.Close();
            }

            _connections.Clear();
        }
    }

    private async Task AcceptAsync(TcpListener listener, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await listener.AcceptTcpClientAsync(stop);
            }
            catch (Exception) when (stop.IsCancellationRequested || !listener.Server.IsBound)
            {
                return;
            }
            catch (ObjectDisposedException)
            {
                return;
            }

            var server = new TcpClient();
            try
            {
                await server.ConnectAsync(_target, stop);
            }
            catch (Exception)
            {
                client.Close();
                continue;
            }

            lock (_connections)
            {
                _connections.Add(client);
                _connections.Add(server);
            }

            _ = PumpAsync(client, server, stop);
            _ = PumpAsync(server, client, stop);
        }
    }

    private static async Task PumpAsync(TcpClient from, TcpClient to, CancellationToken stop)
    {
        try
        {
            await from.GetStream().CopyToAsync(to.GetStream(), stop);
        }
        catch (Exception)
        {
            // cut or closed: the other direction's pump ends too
        }
        finally
        {
            from.Close();
            to.Close();
        }
    }

    public ValueTask DisposeAsync()
    {
        Cut();
        return ValueTask.CompletedTask;
    }
}

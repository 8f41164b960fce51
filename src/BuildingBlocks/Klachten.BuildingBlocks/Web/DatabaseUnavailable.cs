using System.Net.Sockets;
using Npgsql;

namespace Klachten.BuildingBlocks.Web;

/// <summary>
/// Whether an exception means that PostgreSQL cannot be reached (down, restarting, refusing connections, the pool exhausted)
/// rather than that a statement is wrong. The first is a 503 with Retry-After and says nothing of the request; the second
/// stays the bug (500) it is.
/// </summary>
public static class DatabaseUnavailable
{
    /// <summary>What a client is told to wait before trying again.</summary>
    public static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(5);

    public static bool Is(Exception exception) => Reason(exception) is not null;

    /// <summary>Why the database cannot be reached, in a few words without addresses; null when it is not that.</summary>
    public static string? Reason(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            var reason = current switch
            {
                PostgresException { SqlState: var state } when state.StartsWith("08", StringComparison.Ordinal) => $"the connection failed ({state})",
                PostgresException { SqlState: "57P01" or "57P02" } => "the database server is shutting down",
                PostgresException { SqlState: "57P03" } => "the database server is starting up",
                PostgresException { SqlState: "53300" } => "the database server has no connections left",
                PostgresException => null,
                NpgsqlException { InnerException: SocketException socket } => $"the connection failed ({socket.SocketErrorCode})",
                NpgsqlException { InnerException: TimeoutException } => "the connection timed out",
                NpgsqlException { InnerException: IOException or EndOfStreamException } => "the connection was lost",
                NpgsqlException { IsTransient: true } => "the connection failed",
                SocketException socket => $"the connection failed ({socket.SocketErrorCode})",
                _ => null,
            };
            if (reason is not null)
            {
                return reason;
            }

            if (current is PostgresException)
            {
                return null;
            }
        }

        return null;
    }
}

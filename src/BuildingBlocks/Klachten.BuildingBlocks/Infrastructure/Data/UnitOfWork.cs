using Klachten.BuildingBlocks.Application;
using Klachten.BuildingBlocks.Infrastructure.Messaging;
using Npgsql;

namespace Klachten.BuildingBlocks.Infrastructure.Data;

/// <summary>What repositories use: the connection and transaction of the running command or event handler.</summary>
public interface IDbSession
{
    NpgsqlConnection Connection { get; }
    NpgsqlTransaction Transaction { get; }
}

/// <summary>One connection and one transaction per scope (per request, per delivered event, per job run).</summary>
internal sealed class UnitOfWork(NpgsqlDataSource dataSource, OutboxSignal outboxSignal) : IUnitOfWork, IDbSession, IAsyncDisposable
{
    private NpgsqlConnection? _connection;
    private NpgsqlTransaction? _transaction;
    private readonly List<Func<CancellationToken, Task>> _afterCommit = [];

    public bool IsActive => _transaction is not null;

    /// <summary>Set by the outbox when this transaction carries events, so delivery can start right after commit.</summary>
    public bool HasOutboxMessages { get; set; }

    public NpgsqlConnection Connection =>
        _connection ?? throw new InvalidOperationException("No unit of work is active: only commands and event handlers may write.");

    public NpgsqlTransaction Transaction =>
        _transaction ?? throw new InvalidOperationException("No unit of work is active: only commands and event handlers may write.");

    public async Task BeginAsync(CancellationToken cancellationToken)
    {
        if (_transaction is not null)
        {
            throw new InvalidOperationException("A unit of work is already active in this scope.");
        }

        _connection = await dataSource.OpenConnectionAsync(cancellationToken);
        _transaction = await _connection.BeginTransactionAsync(cancellationToken);
    }

    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        // Committing must not be cancelled half-way by a client that hung up: the work is done.
        await Transaction.CommitAsync(CancellationToken.None);
        await CloseAsync();
        if (HasOutboxMessages)
        {
            outboxSignal.Notify();
            HasOutboxMessages = false;
        }

        var work = _afterCommit.ToArray();
        _afterCommit.Clear();
        foreach (var item in work)
        {
            // The commit stands whatever happens here: after-commit work must itself be safe to fail (a letter stays due).
            await item(CancellationToken.None);
        }
    }

    public void AfterCommit(Func<CancellationToken, Task> work)
    {
        if (_transaction is null)
        {
            throw new InvalidOperationException("No unit of work is active: after-commit work belongs to a command or an event handler.");
        }

        _afterCommit.Add(work);
    }

    public async Task RollbackAsync()
    {
        if (_transaction is not null)
        {
            try
            {
                await _transaction.RollbackAsync(CancellationToken.None);
            }
            catch (Exception) when (_connection?.FullState != System.Data.ConnectionState.Open)
            {
                // The connection broke: PostgreSQL has already discarded the transaction.
            }
        }

        HasOutboxMessages = false;
        _afterCommit.Clear();
        await CloseAsync();
    }

    public ValueTask DisposeAsync() => new(CloseAsync());

    private async Task CloseAsync()
    {
        if (_transaction is not null)
        {
            await _transaction.DisposeAsync();
            _transaction = null;
        }

        if (_connection is not null)
        {
            await _connection.DisposeAsync();
            _connection = null;
        }
    }
}

namespace Klachten.BuildingBlocks.Application;

/// <summary>
/// A command whose writes are committed by a batch writer (<see cref="IBatchWriter{TItem, TResult}"/>), which is its unit of
/// work: the pipeline validates it but opens no transaction for it. Its handler computes what needs no database and hands
/// the writes to the batch writer; when the handler returns, they are committed. Sent from within another unit of work, it
/// still commits on its own (it does not join the outer transaction).
/// </summary>
public interface IBatchedCommand<out TResult> : ICommand<TResult>, IBatchedCommandMarker;

/// <summary>Marker that lets <see cref="UnitOfWorkBehavior{TRequest, TResponse}"/> leave batched commands to their batch writer.</summary>
public interface IBatchedCommandMarker;

/// <summary>
/// Application-level group commit: items queued at about the same time are written together, in one connection and one
/// transaction, by the <see cref="IBatchItemWriter{TItem, TResult}"/> of the item type. The returned task completes only after
/// that transaction committed (or fails with the item's own exception: a failing batch is retried item by item, so one bad
/// item fails only itself). An item whose caller cancels before its batch starts is not written.
/// </summary>
public interface IBatchWriter<TItem, TResult>
{
    Task<TResult> WriteAsync(TItem item, CancellationToken cancellationToken);
}

/// <summary>
/// Writes a batch of items in the running unit of work (IDbSession) and returns one result per item, in the items' order
/// (which is the order they were queued in). Registered scoped by the module; one scope per batch.
/// </summary>
public interface IBatchItemWriter<TItem, TResult>
{
    Task<IReadOnlyList<TResult>> WriteAsync(IReadOnlyList<TItem> items, CancellationToken cancellationToken);
}

/// <summary>
/// Thrown by an <see cref="IBatchItemWriter{TItem, TResult}"/> whose optimistic assumption (e.g. a cached counter value) did
/// not hold. Its transaction is rolled back and the batch writer writes the same batch again in a new one, up to
/// <see cref="MaxAttempts"/> times in all; the writer must not assume the same thing again.
/// </summary>
public sealed class BatchWriteConflictException(string message, Exception? inner = null) : Exception(message, inner)
{
    public const int MaxAttempts = 5;
}

using System.Threading.Channels;
using Klachten.BuildingBlocks.Application;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Klachten.BuildingBlocks.Infrastructure.Data;

public sealed class BatchWriterOptions
{
    public const string SectionName = "BatchWriter";

    /// <summary>At most this many queued items go into one transaction.</summary>
    public int MaxBatchSize { get; set; } = 128;

    /// <summary>On shutdown, how long queued items may still be written before the rest fail.</summary>
    public TimeSpan ShutdownTimeout { get; set; } = TimeSpan.FromSeconds(10);
}

/// <summary>
/// One queue and one consumer loop per item type and process. The loop takes whatever is queued right now (up to
/// <see cref="BatchWriterOptions.MaxBatchSize"/>; it never waits for more), writes it in one scope and unit of work, commits,
/// and only then completes the callers' tasks. While a batch commits, the next one queues up: the batch size follows the load.
/// Across processes, whatever the item writer locks (e.g. a counter row) still serialises the batches.
/// </summary>
internal sealed class BatchWriter<TItem, TResult> : IBatchWriter<TItem, TResult>, IAsyncDisposable
{
    private readonly Channel<Pending> _queue = Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleReader = true });
    private readonly CancellationTokenSource _stopping = new();
    private readonly IServiceScopeFactory _scopeFactory;
    private readonly ILogger<BatchWriter<TItem, TResult>> _logger;
    private readonly BatchWriterOptions _options;
    private readonly Lock _startLock = new();
    private Task? _loop;
    private bool _disposed;

    public BatchWriter(IServiceScopeFactory scopeFactory, ILogger<BatchWriter<TItem, TResult>> logger, IOptions<BatchWriterOptions> options)
    {
        _scopeFactory = scopeFactory;
        _logger = logger;
        _options = options.Value;
        if (_options.MaxBatchSize < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), "BatchWriter:MaxBatchSize must be at least 1.");
        }
    }

    public Task<TResult> WriteAsync(TItem item, CancellationToken cancellationToken)
    {
        if (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled<TResult>(cancellationToken);
        }

        var pending = new Pending(item, cancellationToken);
        if (!TryStart() || !_queue.Writer.TryWrite(pending))
        {
            pending.Dispose();
            return Task.FromException<TResult>(new ObjectDisposedException(GetType().Name, "The batch writer is shutting down."));
        }

        return pending.Completion.Task;
    }

    public async ValueTask DisposeAsync()
    {
        Task? loop;
        lock (_startLock)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            _queue.Writer.TryComplete();
            loop = _loop;
        }

        if (loop is not null)
        {
            // Let what is queued be written; a database that does not answer must not hang the shutdown.
            if (await Task.WhenAny(loop, Task.Delay(_options.ShutdownTimeout)) != loop)
            {
                await _stopping.CancelAsync();
            }

            await loop;
        }

        while (_queue.Reader.TryRead(out var left))
        {
            left.Fail(new ObjectDisposedException(GetType().Name, "The batch writer stopped before this item was written."));
        }

        _stopping.Dispose();
    }

    private bool TryStart()
    {
        if (_loop is not null)
        {
            return true;
        }

        lock (_startLock)
        {
            if (_disposed)
            {
                return false;
            }

            if (_loop is null)
            {
                // The loop must not inherit the first caller's ambient state (its HttpContext, its activity).
                using (ExecutionContext.SuppressFlow())
                {
                    _loop = Task.Run(RunAsync);
                }
            }

            return true;
        }
    }

    private async Task RunAsync()
    {
        var batch = new List<Pending>(_options.MaxBatchSize);
        var reader = _queue.Reader;
        while (true)
        {
            try
            {
                if (!await reader.WaitToReadAsync(_stopping.Token))
                {
                    return;
                }

                batch.Clear();
                while (batch.Count < _options.MaxBatchSize && reader.TryRead(out var pending))
                {
                    if (pending.TryTake())
                    {
                        batch.Add(pending);
                    }
                }

                if (batch.Count > 0)
                {
                    await WriteBatchAsync(batch, _stopping.Token);
                }
            }
            catch (Exception) when (_stopping.IsCancellationRequested)
            {
                Fail(batch, new OperationCanceledException("The batch writer stopped before this item was written."));
                return;
            }
            catch (Exception exception)
            {
                _logger.LogError(exception, "Batch writer for {ItemType} failed; it keeps running", typeof(TItem).Name);
                Fail(batch, exception);
            }
        }
    }

    private async Task WriteBatchAsync(List<Pending> batch, CancellationToken cancellationToken)
    {
        IReadOnlyList<TResult> results;
        try
        {
            results = await WriteWithConflictRetriesAsync(batch.ConvertAll(p => p.Item), cancellationToken);
        }
        catch (Exception exception) when (batch.Count > 1 && exception is not CommitFailedException && !cancellationToken.IsCancellationRequested)
        {
            // Which item broke the batch is unknown: each one alone, so a bad item fails only itself.
            _logger.LogWarning(exception, "A batch of {Count} {ItemType} items failed; writing them one by one", batch.Count, typeof(TItem).Name);
            foreach (var pending in batch)
            {
                try
                {
                    pending.Complete((await WriteWithConflictRetriesAsync([pending.Item], cancellationToken))[0]);
                }
                catch (Exception single) when (!cancellationToken.IsCancellationRequested)
                {
                    pending.Fail(Unwrap(single));
                }
            }

            return;
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            Fail(batch, Unwrap(exception));
            return;
        }

        for (var i = 0; i < batch.Count; i++)
        {
            batch[i].Complete(results[i]);
        }
    }

    private async Task<IReadOnlyList<TResult>> WriteWithConflictRetriesAsync(List<TItem> items, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await WriteInTransactionAsync(items, cancellationToken);
            }
            catch (BatchWriteConflictException conflict) when (attempt < BatchWriteConflictException.MaxAttempts)
            {
                _logger.LogDebug(conflict, "Batch of {Count} {ItemType} items met a conflict (attempt {Attempt}); writing it again",
                    items.Count, typeof(TItem).Name, attempt);
            }
        }
    }

    private async Task<IReadOnlyList<TResult>> WriteInTransactionAsync(List<TItem> items, CancellationToken cancellationToken)
    {
        await using var scope = _scopeFactory.CreateAsyncScope();
        var unitOfWork = scope.ServiceProvider.GetRequiredService<IUnitOfWork>();
        var writer = scope.ServiceProvider.GetRequiredService<IBatchItemWriter<TItem, TResult>>();
        await unitOfWork.BeginAsync(cancellationToken);
        IReadOnlyList<TResult> results;
        try
        {
            results = await writer.WriteAsync(items, cancellationToken);
            if (results.Count != items.Count)
            {
                throw new InvalidOperationException($"{writer.GetType().Name} returned {results.Count} results for {items.Count} items.");
            }
        }
        catch
        {
            await unitOfWork.RollbackAsync();
            throw;
        }

        try
        {
            await unitOfWork.CommitAsync(cancellationToken);
        }
        catch (Exception exception)
        {
            // The outcome is unknown (the commit may have reached the server): writing the items again could store them twice.
            await unitOfWork.RollbackAsync();
            throw new CommitFailedException(exception);
        }

        return results;
    }

    private static Exception Unwrap(Exception exception) => exception is CommitFailedException { InnerException: { } inner } ? inner : exception;

    private static void Fail(List<Pending> batch, Exception exception)
    {
        foreach (var pending in batch)
        {
            pending.Fail(exception);
        }
    }

    private sealed class CommitFailedException(Exception inner) : Exception("Committing the batch failed.", inner);

    private sealed class Pending : IDisposable
    {
        private const int Queued = 0;
        private const int Taken = 1;
        private const int Cancelled = 2;

        private readonly CancellationTokenRegistration _registration;
        private int _state;

        public Pending(TItem item, CancellationToken cancellationToken)
        {
            Item = item;
            CancellationToken = cancellationToken;
            _registration = cancellationToken.Register(static state => ((Pending)state!).Cancel(), this);
        }

        public TItem Item { get; }

        public CancellationToken CancellationToken { get; }

        public TaskCompletionSource<TResult> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        /// <summary>False when the caller cancelled before the item's batch started: then it is not written.</summary>
        public bool TryTake()
        {
            if (Interlocked.CompareExchange(ref _state, Taken, Queued) != Queued)
            {
                return false;
            }

            _registration.Dispose();
            return true;
        }

        public void Complete(TResult result) => Completion.TrySetResult(result);

        public void Fail(Exception exception) => Completion.TrySetException(exception);

        public void Dispose() => _registration.Dispose();

        private void Cancel()
        {
            if (Interlocked.CompareExchange(ref _state, Cancelled, Queued) == Queued)
            {
                Completion.TrySetCanceled(CancellationToken);
            }
        }
    }
}

using System.Collections.Concurrent;
using Klachten.BuildingBlocks.Application;
using Klachten.BuildingBlocks.Domain;
using Klachten.BuildingBlocks.Infrastructure.Data;
using Microsoft.Extensions.DependencyInjection;

namespace Klachten.BuildingBlocks.Tests.Batching;

public sealed class BatchWriterTests : IAsyncLifetime
{
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(20);

    private readonly Script _script = new();
    private ServiceProvider _provider = null!;
    private IBatchWriter<int, string> _writer = null!;

    public Task InitializeAsync()
    {
        Build(new BatchWriterOptions());
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        _script.Gate.TrySetResult();
        await _provider.DisposeAsync();
    }

    [Fact]
    public async Task Items_queued_while_a_batch_commits_go_into_one_transaction_and_each_caller_gets_its_own_result()
    {
        var blocker = await StartBlockingBatchAsync();
        var writes = Enumerable.Range(1, 50).Select(i => _writer.WriteAsync(i, CancellationToken.None)).ToList();

        _script.Gate.SetResult();

        Assert.Equal("r0", await blocker.WaitAsync(Guard));
        var results = await Task.WhenAll(writes).WaitAsync(Guard);
        Assert.Equal(Enumerable.Range(1, 50).Select(i => $"r{i}"), results);
        Assert.Equal(new[] { new[] { 0 }, Enumerable.Range(1, 50).ToArray() }, _script.Batches.Select(b => b.ToArray()));
        Assert.Equal(2, _script.Commits);
    }

    [Fact]
    public async Task A_batch_never_holds_more_than_the_maximum_batch_size()
    {
        await _provider.DisposeAsync();
        Build(new BatchWriterOptions { MaxBatchSize = 10 });
        var blocker = await StartBlockingBatchAsync();
        var writes = Enumerable.Range(1, 25).Select(i => _writer.WriteAsync(i, CancellationToken.None)).ToList();

        _script.Gate.SetResult();
        await Task.WhenAll(writes.Append(blocker)).WaitAsync(Guard);

        Assert.Equal(new[] { 1, 10, 10, 5 }, _script.Batches.Select(b => b.Count));
    }

    [Fact]
    public async Task One_bad_item_fails_only_itself_and_the_others_of_its_batch_commit()
    {
        _script.Bad.Add(3);
        var blocker = await StartBlockingBatchAsync();
        var writes = Enumerable.Range(1, 5).Select(i => _writer.WriteAsync(i, CancellationToken.None)).ToList();

        _script.Gate.SetResult();
        await blocker.WaitAsync(Guard);

        foreach (var i in new[] { 1, 2, 4, 5 })
        {
            Assert.Equal($"r{i}", await writes[i - 1].WaitAsync(Guard));
        }

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => writes[2].WaitAsync(Guard));
        Assert.Equal("bad item 3", failure.Message);
        Assert.Equal(new[] { new[] { 0 }, [1, 2, 3, 4, 5], [1], [2], [3], [4], [5] }, _script.Batches.Select(b => b.ToArray()));
        Assert.Equal(5, _script.Commits); // the blocker and the four good items alone
        Assert.Equal(2, _script.Rollbacks); // the batch of five and item 3 alone
    }

    [Fact]
    public async Task A_single_item_gets_its_own_exception_unchanged()
    {
        _script.Rule.Add(7);

        var failure = await Assert.ThrowsAsync<DomainRuleException>(() => _writer.WriteAsync(7, CancellationToken.None).WaitAsync(Guard));

        Assert.Equal("rule_7", failure.Code);
        Assert.Equal(1, _script.Rollbacks);
    }

    [Fact]
    public async Task An_item_whose_caller_cancelled_before_its_batch_started_is_not_written()
    {
        var blocker = await StartBlockingBatchAsync();
        using var cancellation = new CancellationTokenSource();
        var first = _writer.WriteAsync(1, CancellationToken.None);
        var cancelled = _writer.WriteAsync(2, cancellation.Token);
        var third = _writer.WriteAsync(3, CancellationToken.None);

        await cancellation.CancelAsync();
        _script.Gate.SetResult();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled.WaitAsync(Guard));
        Assert.Equal(new[] { "r0", "r1", "r3" }, await Task.WhenAll(blocker, first, third).WaitAsync(Guard));
        Assert.Equal(new[] { new[] { 0 }, [1, 3] }, _script.Batches.Select(b => b.ToArray()));
    }

    [Fact]
    public async Task An_item_cancelled_after_its_batch_started_is_still_completed_with_its_result()
    {
        using var cancellation = new CancellationTokenSource();
        var write = _writer.WriteAsync(0, cancellation.Token); // 0 blocks on the gate inside its batch
        await _script.FirstBatchStarted.Task.WaitAsync(Guard);

        await cancellation.CancelAsync();
        _script.Gate.SetResult();

        Assert.Equal("r0", await write.WaitAsync(Guard));
        Assert.Equal(1, _script.Commits);
    }

    [Fact]
    public async Task A_conflicting_batch_is_rolled_back_and_written_again_whole_in_a_new_transaction()
    {
        var blocker = await StartBlockingBatchAsync();
        _script.Conflicts = 2; // the batch [1, 2, 3] conflicts twice
        var writes = Enumerable.Range(1, 3).Select(i => _writer.WriteAsync(i, CancellationToken.None)).ToList();
        _script.Gate.SetResult();
        await blocker.WaitAsync(Guard);

        Assert.Equal(["r1", "r2", "r3"], await Task.WhenAll(writes).WaitAsync(Guard));
        Assert.Equal(new[] { new[] { 0 }, [1, 2, 3], [1, 2, 3], [1, 2, 3] }, _script.Batches.Select(b => b.ToArray()));
        Assert.Equal(2, _script.Rollbacks);
        Assert.Equal(2, _script.Commits);
    }

    [Fact]
    public async Task A_batch_that_keeps_conflicting_gives_up_after_the_maximum_attempts()
    {
        _script.Conflicts = BatchWriteConflictException.MaxAttempts;

        await Assert.ThrowsAsync<BatchWriteConflictException>(() => _writer.WriteAsync(1, CancellationToken.None).WaitAsync(Guard));
        Assert.Equal(BatchWriteConflictException.MaxAttempts, _script.Batches.Count);
        Assert.Equal(0, _script.Commits);
    }

    [Fact]
    public async Task A_failed_commit_fails_its_items_without_writing_them_again_and_the_loop_keeps_going()
    {
        var blocker = await StartBlockingBatchAsync();
        _script.FailCommits = 2; // the blocker's and that of the batch [1, 2, 3]
        var writes = Enumerable.Range(1, 3).Select(i => _writer.WriteAsync(i, CancellationToken.None)).ToList();
        _script.Gate.SetResult();

        await Assert.ThrowsAsync<TimeoutException>(() => blocker.WaitAsync(Guard));
        foreach (var write in writes)
        {
            await Assert.ThrowsAsync<TimeoutException>(() => write.WaitAsync(Guard));
        }

        Assert.Equal("r9", await _writer.WriteAsync(9, CancellationToken.None).WaitAsync(Guard));
        Assert.Equal(new[] { new[] { 0 }, [1, 2, 3], [9] }, _script.Batches.Select(b => b.ToArray()));
    }

    [Fact]
    public async Task Many_concurrent_callers_each_get_their_own_result_and_every_item_is_written_once()
    {
        var results = await Task.WhenAll(Enumerable.Range(0, 2000).Select(i =>
            Task.Run(() => _writer.WriteAsync(i + 1, CancellationToken.None)))).WaitAsync(Guard);

        Assert.Equal(Enumerable.Range(1, 2000).Select(i => $"r{i}"), results);
        Assert.Equal(Enumerable.Range(1, 2000), _script.Batches.SelectMany(b => b).Order());
        Assert.All(_script.Batches, b => Assert.InRange(b.Count, 1, 128));
    }

    [Fact]
    public async Task Stopping_writes_what_is_queued_and_then_refuses_new_items()
    {
        var blocker = await StartBlockingBatchAsync();
        var queued = _writer.WriteAsync(1, CancellationToken.None);
        var writer = (IAsyncDisposable)_writer;

        var stopping = writer.DisposeAsync().AsTask();
        _script.Gate.SetResult();
        await stopping.WaitAsync(Guard);

        Assert.Equal(new[] { "r0", "r1" }, await Task.WhenAll(blocker, queued));
        await Assert.ThrowsAsync<ObjectDisposedException>(() => _writer.WriteAsync(2, CancellationToken.None));
    }

    [Fact]
    public async Task Stopping_while_the_database_hangs_fails_the_pending_items_instead_of_hanging()
    {
        await _provider.DisposeAsync();
        Build(new BatchWriterOptions { ShutdownTimeout = TimeSpan.FromMilliseconds(100) });
        var blocker = await StartBlockingBatchAsync();
        var queued = _writer.WriteAsync(1, CancellationToken.None);

        await ((IAsyncDisposable)_writer).DisposeAsync().AsTask().WaitAsync(Guard);

        await Assert.ThrowsAnyAsync<Exception>(() => blocker.WaitAsync(Guard));
        await Assert.ThrowsAsync<ObjectDisposedException>(() => queued.WaitAsync(Guard));
        Assert.Equal(0, _script.Commits);
    }

    [Fact]
    public async Task The_loop_does_not_inherit_the_first_callers_ambient_state()
    {
        Ambient.Value = "request 1";

        await _writer.WriteAsync(1, CancellationToken.None).WaitAsync(Guard);

        Assert.Equal(new string?[] { null }, _script.AmbientSeen);
    }

    internal static readonly AsyncLocal<string?> Ambient = new();

    private async Task<Task<string>> StartBlockingBatchAsync()
    {
        var blocker = _writer.WriteAsync(0, CancellationToken.None);
        await _script.FirstBatchStarted.Task.WaitAsync(Guard);
        return blocker;
    }

    private void Build(BatchWriterOptions options)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddOptions<BatchWriterOptions>().Configure(o =>
        {
            o.MaxBatchSize = options.MaxBatchSize;
            o.ShutdownTimeout = options.ShutdownTimeout;
        });
        services.AddSingleton(_script);
        services.AddScoped<IUnitOfWork, ScriptedUnitOfWork>();
        services.AddScoped<IBatchItemWriter<int, string>, ScriptedItemWriter>();
        services.AddSingleton(typeof(IBatchWriter<,>), typeof(BatchWriter<,>));
        _provider = services.BuildServiceProvider();
        _writer = _provider.GetRequiredService<IBatchWriter<int, string>>();
    }

    /// <summary>Item 0 waits for the gate inside its batch, so everything written meanwhile queues up for the next batch.</summary>
    private sealed class Script
    {
        public TaskCompletionSource Gate { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
        public TaskCompletionSource FirstBatchStarted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
        public ConcurrentQueue<IReadOnlyList<int>> Batches { get; } = new();
        public ConcurrentQueue<string?> AmbientSeen { get; } = new();
        public HashSet<int> Bad { get; } = [];
        public HashSet<int> Rule { get; } = [];
        public int FailCommits;
        public int Conflicts;
        public int Commits;
        public int Rollbacks;
    }

    private sealed class ScriptedItemWriter(Script script) : IBatchItemWriter<int, string>
    {
        public async Task<IReadOnlyList<string>> WriteAsync(IReadOnlyList<int> items, CancellationToken cancellationToken)
        {
            script.Batches.Enqueue(items.ToArray());
            script.AmbientSeen.Enqueue(Ambient.Value);
            if (items.Contains(0))
            {
                script.FirstBatchStarted.TrySetResult();
                await script.Gate.Task.WaitAsync(cancellationToken);
            }

            if (!items.Contains(0) && Interlocked.Decrement(ref script.Conflicts) >= 0)
            {
                throw new BatchWriteConflictException("The counter moved.");
            }

            if (items.FirstOrDefault(script.Bad.Contains) is var bad and not 0)
            {
                throw new InvalidOperationException($"bad item {bad}");
            }

            if (items.FirstOrDefault(script.Rule.Contains) is var rule and not 0)
            {
                throw new DomainRuleException($"rule_{rule}", "A rule.", RuleKind.Conflict);
            }

            return items.Select(i => $"r{i}").ToList();
        }
    }

    private sealed class ScriptedUnitOfWork(Script script) : IUnitOfWork
    {
        public bool IsActive { get; private set; }

        public Task BeginAsync(CancellationToken cancellationToken)
        {
            IsActive = true;
            return Task.CompletedTask;
        }

        public Task CommitAsync(CancellationToken cancellationToken)
        {
            IsActive = false;
            if (Interlocked.Decrement(ref script.FailCommits) >= 0)
            {
                throw new TimeoutException("The connection broke during COMMIT.");
            }

            Interlocked.Increment(ref script.Commits);
            return Task.CompletedTask;
        }

        public Task RollbackAsync()
        {
            IsActive = false;
            Interlocked.Increment(ref script.Rollbacks);
            return Task.CompletedTask;
        }

        public void AfterCommit(Func<CancellationToken, Task> work) =>
            throw new NotSupportedException("These tests register no after-commit work.");
    }
}

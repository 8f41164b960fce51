using Dapper;
using Klachten.BuildingBlocks.Application;
using Klachten.BuildingBlocks.Infrastructure.Data;
using Klachten.BuildingBlocks.Modules;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Klachten.BuildingBlocks.Infrastructure.Messaging;

public sealed class MessagingOptions
{
    public const string SectionName = "Messaging";

    /// <summary>How often a process looks for events written by other processes; its own commits wake it at once.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    public int BatchSize { get; set; } = 100;

    /// <summary>
    /// How long a claimed batch is reserved for the process that claimed it. The live process renews the lease every third
    /// of it while the batch runs, so a slow batch keeps its claim; a process that died (kill -9, power cut) renews nothing,
    /// and its batch is taken over once this time has passed: it bounds the recovery time after a crash (issue 15: 15 s).
    /// </summary>
    public TimeSpan ClaimLease { get; set; } = TimeSpan.FromSeconds(10);

    public bool DeliveryEnabled { get; set; } = true;

    /// <summary>How long delivered outbox rows and inbox records are kept (to look into what was sent) before a nightly job removes them.</summary>
    public TimeSpan RetainDeliveredFor { get; set; } = TimeSpan.FromDays(30);
}

/// <summary>
/// Delivers outbox rows to the receiving modules' handlers. A batch is claimed with a lease (FOR UPDATE SKIP LOCKED inside
/// one short UPDATE), so several host processes share the work and no lock is held while handlers run. The lease is short and
/// renewed by the live process while its batch runs (<see cref="LeaseRenewal"/>), so a process that dies leaves rows that
/// another process, or the restarted one, takes within one lease. Each handler runs in its own transaction together with its
/// inbox record, so a redelivery (a lease that ran out under a stalled process included) has no second effect.
/// </summary>
internal sealed class OutboxProcessor(
    NpgsqlDataSource dataSource,
    ModuleRegistry modules,
    IServiceScopeFactory scopeFactory,
    IOptions<MessagingOptions> options,
    TimeProvider timeProvider,
    ILogger<OutboxProcessor> logger)
{
    private sealed record PendingMessage(Guid Id, string EventType, string Payload, int Attempts, long Position);

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, ClaimCursor> _cursors = new(StringComparer.Ordinal);

    /// <summary>
    /// Where a claim starts reading the pending index. Delivered rows leave dead entries at the front of that index until
    /// vacuum removes them, and a claim that always starts at the front reads all of them (4 ms a claim under load). So
    /// claims continue after the last claimed position, and at least once per poll interval start from the front again:
    /// that finds rows a later claim passed over (a transaction that committed after rows with higher positions, a retry
    /// whose time came, a lease that ran out).
    /// </summary>
    private sealed class ClaimCursor
    {
        private long _lastClaimed;
        private long? _lastFullScan;

        public long StartPosition(TimeProvider time, TimeSpan fullScanInterval)
        {
            if (_lastFullScan is { } lastFullScan && time.GetElapsedTime(lastFullScan) < fullScanInterval)
            {
                return _lastClaimed;
            }

            _lastFullScan = time.GetTimestamp();
            return 0;
        }

        public void Claimed(long after, long? lastPosition)
        {
            if (lastPosition is { } position)
            {
                _lastClaimed = position;
            }
            else if (after != 0)
            {
                // Nothing after the cursor: the next claim reads from the front, catching anything passed over.
                _lastFullScan = null;
            }
        }
    }

    /// <summary>
    /// Makes the next claims start from the front of every outbox. Positions only grow (an identity column), which the cursor
    /// relies on; a database whose positions were restarted (the test fixture truncates with RESTART IDENTITY) would otherwise
    /// see a stale cursor claim the newer rows after it first and the older ones a poll later, in a second call.
    /// </summary>
    internal void ForgetClaimPositions() => _cursors.Clear();

    /// <summary>Delivers one batch of every module's outbox; returns how many rows it settled.</summary>
    public async Task<int> DeliverPendingAsync(CancellationToken cancellationToken)
    {
        var settled = 0;
        foreach (var module in modules.Modules)
        {
            settled += await DeliverBatchAsync(module, cancellationToken);
        }

        return settled;
    }

    private async Task<int> DeliverBatchAsync(ModuleDescriptor sender, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);

        // One short statement claims the batch; no transaction stays open while the handlers run on their own connections.
        var cursor = _cursors.GetOrAdd(sender.Schema, _ => new ClaimCursor());
        var after = cursor.StartPosition(timeProvider, options.Value.PollInterval);
        var claim = Guid.NewGuid();
        var claimed = (await connection.QueryAsync<PendingMessage>(new CommandDefinition($"""
            UPDATE {sender.Schema}.outbox_messages
            SET locked_until = now() + @Lease, claimed_by = @Claim
            WHERE id IN (
                SELECT id FROM {sender.Schema}.outbox_messages
                WHERE processed_at IS NULL
                  AND position > @After
                  AND (next_attempt_at IS NULL OR next_attempt_at <= now())
                  AND (locked_until IS NULL OR locked_until < now())
                ORDER BY position
                LIMIT @BatchSize
                FOR UPDATE SKIP LOCKED)
            RETURNING id, event_type, payload::text AS payload, attempts, position
            """, new { options.Value.BatchSize, Lease = options.Value.ClaimLease, After = after, Claim = claim },
            cancellationToken: cancellationToken)))
            .OrderBy(message => message.Position)
            .ToList();
        cursor.Claimed(after, claimed.Count == 0 ? null : claimed[^1].Position);
        if (claimed.Count == 0)
        {
            return 0;
        }

        Dictionary<Guid, Exception> failures;
        await using (var renewal = LeaseRenewal.Start(dataSource, sender.Schema, claim, options.Value.ClaimLease, logger))
        {
            try
            {
                failures = await DeliverToEveryHandlerAsync(claimed.Select(m => (m.Id, m.EventType, m.Payload)).ToList(), cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                // Shutting down: hand the batch back at once so that the next process need not wait for the lease.
                await renewal.StopAsync();
                await connection.ExecuteAsync(new CommandDefinition(
                    $"UPDATE {sender.Schema}.outbox_messages SET locked_until = NULL, claimed_by = NULL WHERE claimed_by = @Claim AND processed_at IS NULL",
                    new { Claim = claim }, cancellationToken: CancellationToken.None));
                throw;
            }
        }

        var delivered = claimed.Where(m => !failures.ContainsKey(m.Id)).Select(m => m.Id).ToArray();
        await connection.ExecuteAsync(new CommandDefinition(
            $"UPDATE {sender.Schema}.outbox_messages SET processed_at = now(), locked_until = NULL, claimed_by = NULL, last_error = NULL WHERE id = ANY(@Delivered)",
            new { Delivered = delivered }, cancellationToken: CancellationToken.None));
        foreach (var message in claimed.Where(m => failures.ContainsKey(m.Id)))
        {
            // The row stays pending and visible (attempts, last_error); the handlers that did succeed are in their inbox.
            logger.LogError(failures[message.Id], "Delivering outbox message {MessageId} ({EventType}) failed, attempt {Attempt}",
                message.Id, message.EventType, message.Attempts + 1);
            await connection.ExecuteAsync(new CommandDefinition($"""
                UPDATE {sender.Schema}.outbox_messages
                SET attempts = attempts + 1, last_error = @Error, locked_until = NULL, claimed_by = NULL,
                    next_attempt_at = now() + make_interval(secs => least(300, power(2, attempts + 1)))
                WHERE id = @Id
                """, new { message.Id, Error = failures[message.Id].ToString() }, cancellationToken: CancellationToken.None));
        }

        return claimed.Count;
    }

    /// <summary>
    /// Keeps a claimed batch's lease from running out while its handlers run: every third of the lease it is extended, for
    /// the rows of this claim only (a row another process took over after a stall is not extended). A renewal that fails
    /// (the database restarting) is logged and tried again; at worst the lease runs out and the inbox prevents a second effect.
    /// </summary>
    private sealed class LeaseRenewal : IAsyncDisposable
    {
        private readonly CancellationTokenSource _stop = new();
        private Task _loop = Task.CompletedTask;

        public static LeaseRenewal Start(NpgsqlDataSource dataSource, string schema, Guid claim, TimeSpan lease, ILogger logger)
        {
            var renewal = new LeaseRenewal();
            renewal._loop = renewal.RunAsync(dataSource, schema, claim, lease, logger);
            return renewal;
        }

        private async Task RunAsync(NpgsqlDataSource dataSource, string schema, Guid claim, TimeSpan lease, ILogger logger)
        {
            var every = lease / 3;
            while (!_stop.IsCancellationRequested)
            {
                try
                {
                    await Task.Delay(every, _stop.Token);
                    await using var connection = await dataSource.OpenConnectionAsync(_stop.Token);
                    await connection.ExecuteAsync(new CommandDefinition(
                        $"UPDATE {schema}.outbox_messages SET locked_until = now() + @Lease WHERE claimed_by = @Claim AND processed_at IS NULL",
                        new { Lease = lease, Claim = claim }, cancellationToken: _stop.Token));
                }
                catch (OperationCanceledException) when (_stop.IsCancellationRequested)
                {
                    return;
                }
                catch (Exception exception)
                {
                    logger.LogWarning(exception, "Renewing the lease of outbox claim {Claim} in {Schema} failed", claim, schema);
                }
            }
        }

        public async Task StopAsync()
        {
            await _stop.CancelAsync();
            await _loop;
        }

        public async ValueTask DisposeAsync()
        {
            await StopAsync();
            _stop.Dispose();
        }
    }

    /// <summary>Hands one event to every handler; a handler that already handled it (inbox) does nothing.</summary>
    public async Task DeliverAsync(Guid messageId, string eventTypeName, string payload, CancellationToken cancellationToken)
    {
        var failures = await DeliverToEveryHandlerAsync([(messageId, eventTypeName, payload)], cancellationToken);
        if (failures.TryGetValue(messageId, out var failure))
        {
            throw failure;
        }
    }

    /// <summary>
    /// Each handler gets all of the batch's events it handles in one transaction (events in outbox order). When that
    /// transaction fails, every event is retried alone, so one bad event fails only itself. Returns the failed events.
    /// </summary>
    private async Task<Dictionary<Guid, Exception>> DeliverToEveryHandlerAsync(
        IReadOnlyList<(Guid Id, string EventType, string Payload)> messages, CancellationToken cancellationToken)
    {
        var failures = new Dictionary<Guid, Exception>();
        var events = new List<OutboxEvent>();
        foreach (var (id, eventTypeName, payload) in messages)
        {
            try
            {
                var eventType = ResolvedEventTypes.GetOrAdd(eventTypeName, name => Type.GetType(name, throwOnError: true)!);
                events.Add(new OutboxEvent(id, eventTypeName, eventType, IntegrationEventSerializer.Deserialize(payload, eventType)));
            }
            catch (Exception exception) when (exception is TypeLoadException or System.Text.Json.JsonException or FileNotFoundException)
            {
                failures[id] = exception;
            }
        }

        foreach (var perHandler in events
                     .SelectMany(e => modules.HandlersFor(e.Type).Select(handlerType => (HandlerType: handlerType, Event: e)))
                     .GroupBy(pair => pair.HandlerType, pair => pair.Event))
        {
            var batch = perHandler.ToList();
            try
            {
                await HandleInOneTransactionAsync(perHandler.Key, batch, cancellationToken);
            }
            catch (Exception) when (batch.Count > 1 && !cancellationToken.IsCancellationRequested)
            {
                foreach (var single in batch)
                {
                    try
                    {
                        await HandleInOneTransactionAsync(perHandler.Key, [single], cancellationToken);
                    }
                    catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
                    {
                        failures[single.MessageId] = exception;
                    }
                }
            }
            catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
            {
                failures[batch[0].MessageId] = exception;
            }
        }

        return failures;
    }

    private async Task HandleInOneTransactionAsync(Type handlerType, IReadOnlyList<OutboxEvent> batch, CancellationToken cancellationToken)
    {
        var receiver = modules.OwnerOf(handlerType);
        await using var scope = scopeFactory.CreateAsyncScope();
        var unitOfWork = scope.ServiceProvider.GetRequiredService<UnitOfWork>();
        await unitOfWork.BeginAsync(cancellationToken);
        try
        {
            var firstTime = typeof(IIdempotentIntegrationEventHandler).IsAssignableFrom(handlerType)
                ? batch.Select(e => e.MessageId).ToHashSet()
                : (await unitOfWork.Connection.QueryAsync<Guid>(new CommandDefinition($"""
                    INSERT INTO {receiver.Schema}.inbox_messages (message_id, handler, event_type, processed_at)
                    SELECT message_id, @Handler, event_type, now()
                    FROM unnest(@MessageIds, @EventTypes) AS delivered(message_id, event_type)
                    ON CONFLICT (message_id, handler) DO NOTHING
                    RETURNING message_id
                    """, new
                {
                    Handler = handlerType.FullName,
                    MessageIds = batch.Select(e => e.MessageId).ToArray(),
                    EventTypes = batch.Select(e => e.TypeName).ToArray(),
                }, unitOfWork.Transaction, cancellationToken: cancellationToken))).ToHashSet();

            var handler = scope.ServiceProvider.GetRequiredService(handlerType);
            foreach (var run in ConsecutiveRunsOfOneType(batch.Where(e => firstTime.Contains(e.MessageId))))
            {
                await (Task)InvokerFor(run[0].Type).Invoke(null, [handler, run.Select(e => e.Payload).ToList(), cancellationToken])!;
            }

            await unitOfWork.CommitAsync(cancellationToken);
        }
        catch
        {
            await unitOfWork.RollbackAsync();
            throw;
        }
    }

    private sealed record OutboxEvent(Guid MessageId, string TypeName, Type Type, object Payload);

    /// <summary>
    /// Hands events to one handler as delivery does (runs of one type, in the given order): the projection rebuilder feeds a
    /// source's history through here, so a handler cannot tell a regenerated event from a delivered one.
    /// </summary>
    internal static async Task InvokeInOrderAsync(object handler, IReadOnlyList<object> integrationEvents, CancellationToken cancellationToken)
    {
        var events = integrationEvents.Select(e => new OutboxEvent(Guid.Empty, "", e.GetType(), e));
        foreach (var run in ConsecutiveRunsOfOneType(events))
        {
            await (Task)InvokerFor(run[0].Type).Invoke(null, [handler, run.Select(e => e.Payload).ToList(), cancellationToken])!;
        }
    }

    /// <summary>Splits events into runs of one type without reordering them, so a batch handler never sees them out of outbox order.</summary>
    private static IEnumerable<List<OutboxEvent>> ConsecutiveRunsOfOneType(IEnumerable<OutboxEvent> events)
    {
        List<OutboxEvent> run = [];
        foreach (var integrationEvent in events)
        {
            if (run.Count > 0 && run[0].Type != integrationEvent.Type)
            {
                yield return run;
                run = [];
            }

            run.Add(integrationEvent);
        }

        if (run.Count > 0)
        {
            yield return run;
        }
    }

    private static readonly System.Reflection.MethodInfo InvokeMethod =
        typeof(OutboxProcessor).GetMethod(nameof(InvokeAsync), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!;

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<Type, System.Reflection.MethodInfo> Invokers = new();

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Type> ResolvedEventTypes = new(StringComparer.Ordinal);

    private static System.Reflection.MethodInfo InvokerFor(Type eventType) =>
        Invokers.GetOrAdd(eventType, type => InvokeMethod.MakeGenericMethod(type));

    /// <summary>A batch handler gets the run at once; a single-event handler gets its events one after another.</summary>
    private static async Task InvokeAsync<TEvent>(object handler, List<object> integrationEvents, CancellationToken cancellationToken)
        where TEvent : class
    {
        if (handler is IIntegrationEventBatchHandler<TEvent> batchHandler)
        {
            await batchHandler.Handle(integrationEvents.Cast<TEvent>().ToList(), cancellationToken);
            return;
        }

        foreach (var integrationEvent in integrationEvents)
        {
            await ((IIntegrationEventHandler<TEvent>)handler).Handle((TEvent)integrationEvent, cancellationToken);
        }
    }
}

using Dapper;
using Klachten.BuildingBlocks.Application;
using Klachten.BuildingBlocks.Domain;
using Klachten.BuildingBlocks.Infrastructure.Messaging;
using Klachten.IntegrationTests.Foundation.Probe;
using Klachten.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Klachten.IntegrationTests.Foundation;

public sealed class OutboxAndUnitOfWorkTests(ApiFixture fixture) : ApiTest(fixture)
{
    private async Task<Guid> SendAsync(WriteProbeNoteCommand command)
    {
        await using var scope = CreateScope();
        return await scope.ServiceProvider.GetRequiredService<IRequestDispatcher>().Send(command);
    }

    private async Task<long> CountAsync(string sql, object? parameters = null)
    {
        await using var connection = await Db.OpenConnectionAsync();
        return await connection.ExecuteScalarAsync<long>(sql, parameters);
    }

    [Fact]
    public async Task A_command_commits_its_change_with_its_event_and_the_event_reaches_the_handler_once()
    {
        var noteId = await SendAsync(new WriteProbeNoteCommand("hello", "t"));

        Assert.Equal(1, await CountAsync("SELECT count(*) FROM probe.notes WHERE id = @noteId", new { noteId }));
        await Eventually(async () => await CountAsync("SELECT count(*) FROM probe.outbox_messages WHERE processed_at IS NOT NULL") == 1,
            "the delivery loop has settled the outbox row");
        Assert.Equal(1, await CountAsync("SELECT count(*) FROM probe.deliveries WHERE note_id = @noteId", new { noteId }));
    }

    [Fact]
    public async Task A_command_that_fails_after_writing_leaves_neither_its_change_nor_its_event()
    {
        var failure = await Assert.ThrowsAsync<DomainRuleException>(() => SendAsync(new WriteProbeNoteCommand("doomed", "t", FailAfterWriting: true)));

        Assert.Equal("probe_failed", failure.Code);
        Assert.Equal(0, await CountAsync("SELECT count(*) FROM probe.notes"));
        Assert.Equal(0, await CountAsync("SELECT count(*) FROM probe.outbox_messages"));
    }

    [Fact]
    public async Task An_event_delivered_again_after_a_crash_or_by_hand_has_no_second_effect()
    {
        var noteId = await SendAsync(new WriteProbeNoteCommand("twice", "t"));
        await Eventually(async () => await CountAsync("SELECT count(*) FROM probe.deliveries") == 1, "the first delivery happened");

        // A process that died after the handler committed but before the row was marked: the row is pending again.
        await using (var connection = await Db.OpenConnectionAsync())
        {
            await connection.ExecuteAsync("UPDATE probe.outbox_messages SET processed_at = NULL");
        }

        await Eventually(async () => await CountAsync("SELECT count(*) FROM probe.outbox_messages WHERE processed_at IS NULL") == 0,
            "the loop has redelivered the pending row");
        await using var reader = await Db.OpenConnectionAsync();
        var row = await reader.QuerySingleAsync<(Guid Id, string EventType, string Payload)>(
            "SELECT id, event_type, payload::text FROM probe.outbox_messages");
        await Services.GetRequiredService<OutboxProcessor>().DeliverAsync(row.Id, row.EventType, row.Payload, CancellationToken.None);

        Assert.Equal(1, await CountAsync("SELECT count(*) FROM probe.deliveries WHERE note_id = @noteId", new { noteId }));
        Assert.Equal(1, await CountAsync("SELECT count(*) FROM probe.inbox_messages"));
    }

    [Fact]
    public async Task A_batch_claimed_by_a_process_that_died_is_delivered_once_its_lease_has_run_out()
    {
        var noteId = await SendAsync(new WriteProbeNoteCommand("orphaned", "t"));
        await Eventually(async () => await CountAsync("SELECT count(*) FROM probe.deliveries") == 1, "the first delivery happened");

        // Another process claimed the row and is still within its lease: this process leaves the row alone.
        await using (var connection = await Db.OpenConnectionAsync())
        {
            await connection.ExecuteAsync("UPDATE probe.outbox_messages SET processed_at = NULL, locked_until = now() + interval '1 hour'");
        }

        await Task.Delay(TimeSpan.FromSeconds(1)); // five polling rounds of the test host
        Assert.Equal(1, await CountAsync("SELECT count(*) FROM probe.outbox_messages WHERE processed_at IS NULL"));

        // That process died: its lease runs out and the row is delivered here, without a second effect.
        await using (var connection = await Db.OpenConnectionAsync())
        {
            await connection.ExecuteAsync("UPDATE probe.outbox_messages SET locked_until = now() - interval '1 second'");
        }

        await Eventually(async () => await CountAsync("SELECT count(*) FROM probe.outbox_messages WHERE processed_at IS NULL") == 0,
            "the expired lease was taken over");
        Assert.Equal(1, await CountAsync("SELECT count(*) FROM probe.deliveries WHERE note_id = @noteId", new { noteId }));
    }

    [Fact]
    public async Task A_batch_that_runs_longer_than_its_lease_keeps_its_claim_because_the_live_process_renews_it()
    {
        Assert.True(ProbeNoteWrittenHandler.SlowFor > KlachtenApiFactory.ClaimLease * 2);
        var noteId = await SendAsync(new WriteProbeNoteCommand(ProbeNoteWrittenHandler.Slow, "t"));
        await Eventually(async () => await CountAsync("SELECT count(*) FROM probe.outbox_messages WHERE claimed_by IS NOT NULL") == 1,
            "the host has claimed the slow note's event");

        // A second process polls throughout the slow delivery, well past the first lease: it never gets the row.
        var otherProcess = ActivatorUtilities.CreateInstance<OutboxProcessor>(Services,
            Microsoft.Extensions.Options.Options.Create(new MessagingOptions { ClaimLease = KlachtenApiFactory.ClaimLease }));
        var takenOver = 0;
        while (await CountAsync("SELECT count(*) FROM probe.outbox_messages WHERE processed_at IS NULL") == 1)
        {
            takenOver += await otherProcess.DeliverPendingAsync(CancellationToken.None);
            await Task.Delay(100);
        }

        Assert.Equal(0, takenOver);
        Assert.Equal(1, await CountAsync("SELECT count(*) FROM probe.deliveries WHERE note_id = @noteId", new { noteId }));
    }

    [Fact]
    public void A_claim_lease_is_short_enough_for_a_crashed_host_to_be_recovered_from_within_15_seconds() =>
        Assert.True(new MessagingOptions().ClaimLease <= TimeSpan.FromSeconds(10));

    [Fact]
    public async Task A_poisoned_event_fails_alone_and_stays_visible_while_the_rest_of_its_batch_is_delivered()
    {
        var notes = new[] { "first", ProbeNoteWrittenHandler.Poison, "third" }.Select(text => new ProbeNoteWritten(Guid.NewGuid(), text)).ToList();
        await using (var connection = await Db.OpenConnectionAsync())
        await using (var transaction = await connection.BeginTransactionAsync())
        {
            // Committed together, so the delivery loop claims them as one batch.
            foreach (var note in notes)
            {
                await connection.ExecuteAsync(
                    "INSERT INTO probe.outbox_messages (id, event_type, payload, occurred_at) VALUES (@Id, @Type, @Payload::jsonb, now())",
                    new { Id = Guid.NewGuid(), Type = IntegrationEventSerializer.TypeName(typeof(ProbeNoteWritten)), Payload = IntegrationEventSerializer.Serialize(note) },
                    transaction);
            }

            await transaction.CommitAsync();
        }

        await Eventually(async () => await CountAsync("SELECT count(*) FROM probe.outbox_messages WHERE processed_at IS NOT NULL") == 2
                                     && await CountAsync("SELECT count(*) FROM probe.outbox_messages WHERE attempts > 0") == 1,
            "two events are delivered and the poisoned one has failed once");
        Assert.Equal(2, await CountAsync("SELECT count(*) FROM probe.deliveries WHERE note_id = ANY(@Ids)",
            new { Ids = new[] { notes[0].NoteId, notes[2].NoteId } }));
        Assert.Equal(0, await CountAsync("SELECT count(*) FROM probe.deliveries WHERE note_id = @NoteId", new { notes[1].NoteId }));
        Assert.Equal(1, await CountAsync(
            "SELECT count(*) FROM probe.outbox_messages WHERE processed_at IS NULL AND last_error LIKE '%poisoned event%'"));
    }

    private async Task InsertOutboxRowsAsync(IEnumerable<object> events, long? position = null)
    {
        await using var connection = await Db.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        foreach (var integrationEvent in events)
        {
            await connection.ExecuteAsync(position is null
                    ? "INSERT INTO probe.outbox_messages (id, event_type, payload, occurred_at) VALUES (@Id, @Type, @Payload::jsonb, now())"
                    : "INSERT INTO probe.outbox_messages (id, position, event_type, payload, occurred_at) OVERRIDING SYSTEM VALUE VALUES (@Id, @Position, @Type, @Payload::jsonb, now())",
                new
                {
                    Id = Guid.NewGuid(), Position = position, Type = IntegrationEventSerializer.TypeName(integrationEvent.GetType()),
                    Payload = IntegrationEventSerializer.Serialize(integrationEvent),
                },
                transaction);
        }

        await transaction.CommitAsync();
    }

    /// <summary>
    /// Events committed together (fewer than a batch) reach a batch handler in one call. Once they came in two: the fixture's
    /// truncate restarts the outbox positions, and the delivery loop's claim cursor still stood at the previous test's last
    /// position, so a claim took the rows after it first and a scan from the front took the rest a poll later. The fixture now
    /// resets the cursors (OutboxProcessor.ForgetClaimPositions); the inbox record is written in the same transaction as the
    /// events, so the loop cannot claim them before it. Two calls remain correct for rows of transactions that commit in
    /// another order than they took their positions; here there is one transaction.
    /// </summary>
    [Fact]
    public async Task A_batch_handler_gets_the_events_of_a_delivery_batch_in_one_call_in_outbox_order_without_those_it_handled_before()
    {
        var tagged = Enumerable.Range(1, 4).Select(i => new ProbeNoteTagged(Guid.NewGuid(), $"tag-{i}")).ToList();
        await using (var connection = await Db.OpenConnectionAsync())
        await using (var transaction = await connection.BeginTransactionAsync())
        {
            foreach (var integrationEvent in tagged)
            {
                var id = Guid.NewGuid();
                await connection.ExecuteAsync(
                    "INSERT INTO probe.outbox_messages (id, event_type, payload, occurred_at) VALUES (@Id, @Type, @Payload::jsonb, now())",
                    new { Id = id, Type = IntegrationEventSerializer.TypeName(typeof(ProbeNoteTagged)), Payload = IntegrationEventSerializer.Serialize(integrationEvent) },
                    transaction);
                if (integrationEvent.Tag == "tag-3")
                {
                    // The third event reached this handler before (its inbox says so): it must not be handed over again.
                    await connection.ExecuteAsync("""
                        INSERT INTO probe.inbox_messages (message_id, handler, event_type, processed_at)
                        VALUES (@Id, @Handler, @Type, now())
                        """, new { Id = id, Handler = typeof(ProbeNoteTaggedBatchHandler).FullName, Type = IntegrationEventSerializer.TypeName(typeof(ProbeNoteTagged)) },
                        transaction);
                }
            }

            await transaction.CommitAsync();
        }

        await Eventually(async () => await CountAsync("SELECT count(*) FROM probe.outbox_messages WHERE processed_at IS NULL") == 0,
            "the four events are settled");
        await using var reader = await Db.OpenConnectionAsync();
        var calls = (await reader.QueryAsync<(Guid CallId, long Ordinal, string Tag)>(
            "SELECT call_id, ordinal, tag FROM probe.tag_deliveries ORDER BY call_id, ordinal")).ToList();
        Assert.Single(calls.Select(c => c.CallId).Distinct());
        Assert.Equal(["tag-1", "tag-2", "tag-4"], calls.Select(c => c.Tag).ToArray());
        Assert.Equal(4, await CountAsync("SELECT count(*) FROM probe.inbox_messages"));
    }

    [Fact]
    public async Task A_handler_that_is_idempotent_gets_no_inbox_record_and_a_redelivered_event_reaches_it_again()
    {
        var archived = new ProbeNoteArchived(Guid.NewGuid());
        var processor = Services.GetRequiredService<OutboxProcessor>();
        var messageId = Guid.NewGuid();
        var type = IntegrationEventSerializer.TypeName(typeof(ProbeNoteArchived));

        await processor.DeliverAsync(messageId, type, IntegrationEventSerializer.Serialize(archived), CancellationToken.None);
        await processor.DeliverAsync(messageId, type, IntegrationEventSerializer.Serialize(archived), CancellationToken.None);

        Assert.Equal(2, await CountAsync("SELECT count(*) FROM probe.tag_deliveries WHERE tag = 'archived'"));
        Assert.Equal(0, await CountAsync("SELECT count(*) FROM probe.inbox_messages"));
    }

    [Fact]
    public async Task An_event_that_appears_behind_rows_already_delivered_is_still_delivered()
    {
        // Claims continue after the last claimed position; a transaction that took a lower position but committed later
        // than the rows after it would be passed over, were it not for the scans from the front.
        var first = new ProbeNoteWritten(Guid.NewGuid(), "first");
        var second = new ProbeNoteWritten(Guid.NewGuid(), "second");
        await InsertOutboxRowsAsync([first], position: 1000);
        await InsertOutboxRowsAsync([second], position: 1001);
        await Eventually(async () => await CountAsync("SELECT count(*) FROM probe.deliveries") == 2, "the first two are delivered");

        var late = new ProbeNoteWritten(Guid.NewGuid(), "late");
        await InsertOutboxRowsAsync([late], position: 999);

        await Eventually(async () => await CountAsync("SELECT count(*) FROM probe.deliveries WHERE note_id = @NoteId", new { late.NoteId }) == 1,
            "the late row is delivered");
        Assert.Equal(3, await CountAsync("SELECT count(*) FROM probe.deliveries"));
    }

    [Fact]
    public async Task Validation_reports_every_bad_field_at_once_and_writes_nothing()
    {
        var failure = await Assert.ThrowsAsync<RequestValidationException>(() => SendAsync(new WriteProbeNoteCommand("far more than twenty characters", "")));

        Assert.Equal(["tag", "text"], failure.Errors.Keys.Order().ToArray());
        Assert.Equal(0, await CountAsync("SELECT count(*) FROM probe.notes"));
    }
}

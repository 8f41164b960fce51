using Dapper;
using FluentValidation;
using Klachten.BuildingBlocks.Application;
using Klachten.BuildingBlocks.Domain;
using Klachten.BuildingBlocks.Infrastructure.Data;
using Klachten.BuildingBlocks.Infrastructure.Jobs;
using Klachten.BuildingBlocks.Modules;
using Microsoft.Extensions.DependencyInjection;

namespace Klachten.IntegrationTests.Foundation.Probe;

/// <summary>
/// A module that lives only in the test assembly (schema "probe"): it writes a note and an event in one command,
/// and counts how often the event reaches its handler, so the building blocks are tested apart from any real module.
/// </summary>
public static class ProbeModule
{
    public const string Schema = "probe";

    public static void Register(IServiceCollection services) =>
        services.AddModule(new ModuleDescriptor("Probe", Schema, typeof(ProbeModule).Assembly, typeof(ProbeModule).Assembly));
}

public sealed record ProbeNoteWritten(Guid NoteId, string Text);

public sealed record WriteProbeNoteCommand(string Text, string Tag, bool FailAfterWriting = false) : Klachten.BuildingBlocks.Application.ICommand<Guid>;

internal sealed class WriteProbeNoteCommandValidator : AbstractValidator<WriteProbeNoteCommand>
{
    public WriteProbeNoteCommandValidator()
    {
        RuleFor(c => c.Text).NotEmpty().MaximumLength(20);
        RuleFor(c => c.Tag).NotEmpty();
    }
}

internal sealed class WriteProbeNoteCommandHandler(IDbSession session, IOutbox outbox) : ICommandHandler<WriteProbeNoteCommand, Guid>
{
    public async Task<Guid> Handle(WriteProbeNoteCommand command, CancellationToken cancellationToken)
    {
        var id = Guid.NewGuid();
        await session.Connection.ExecuteAsync("INSERT INTO probe.notes (id, text) VALUES (@id, @Text)",
            new { id, command.Text }, session.Transaction);
        await outbox.EnqueueAsync(new ProbeNoteWritten(id, command.Text), cancellationToken);
        if (command.FailAfterWriting)
        {
            throw new DomainRuleException("probe_failed", "The probe fails after writing, on purpose.");
        }

        return id;
    }
}

internal sealed class ProbeNoteWrittenHandler(IDbSession session) : IIntegrationEventHandler<ProbeNoteWritten>
{
    public const string Poison = "poison";

    /// <summary>A note with this text takes <see cref="SlowFor"/> to handle: longer than the test host's claim lease.</summary>
    public const string Slow = "slow";

    public static readonly TimeSpan SlowFor = TimeSpan.FromSeconds(8);

    public async Task Handle(ProbeNoteWritten integrationEvent, CancellationToken cancellationToken)
    {
        await session.Connection.ExecuteAsync("INSERT INTO probe.deliveries (note_id) VALUES (@NoteId)",
            new { integrationEvent.NoteId }, session.Transaction);
        if (integrationEvent.Text == Slow)
        {
            await Task.Delay(SlowFor, cancellationToken);
        }

        if (integrationEvent.Text == Poison)
        {
            throw new InvalidOperationException("The probe handler refuses a poisoned event, on purpose.");
        }
    }
}

/// <summary>An event whose handler takes a delivery batch at once.</summary>
public sealed record ProbeNoteTagged(Guid NoteId, string Tag);

/// <summary>Records each call it gets, and the position of every event in that call, to show what the delivery hands it.</summary>
internal sealed class ProbeNoteTaggedBatchHandler(IDbSession session) : IIntegrationEventBatchHandler<ProbeNoteTagged>
{
    public async Task Handle(IReadOnlyList<ProbeNoteTagged> integrationEvents, CancellationToken cancellationToken)
    {
        var call = Guid.NewGuid();
        await session.Connection.ExecuteAsync(
            "INSERT INTO probe.tag_deliveries (call_id, ordinal, note_id, tag) SELECT @Call, ordinal, note_id, tag FROM unnest(@NoteIds, @Tags) WITH ORDINALITY AS t(note_id, tag, ordinal)",
            new { Call = call, NoteIds = integrationEvents.Select(e => e.NoteId).ToArray(), Tags = integrationEvents.Select(e => e.Tag).ToArray() },
            session.Transaction);
    }
}

/// <summary>An event whose handler says it is idempotent: delivery keeps no inbox record for it.</summary>
public sealed record ProbeNoteArchived(Guid NoteId);

/// <summary>Records every call, like the tag handler: shows that a redelivered event reaches it again.</summary>
internal sealed class ProbeNoteArchivedHandler(IDbSession session)
    : IIntegrationEventBatchHandler<ProbeNoteArchived>, IIdempotentIntegrationEventHandler
{
    public async Task Handle(IReadOnlyList<ProbeNoteArchived> integrationEvents, CancellationToken cancellationToken) =>
        await session.Connection.ExecuteAsync(
            "INSERT INTO probe.tag_deliveries (call_id, ordinal, note_id, tag) SELECT gen_random_uuid(), ordinal, note_id, 'archived' FROM unnest(@NoteIds) WITH ORDINALITY AS t(note_id, ordinal)",
            new { NoteIds = integrationEvents.Select(e => e.NoteId).ToArray() }, session.Transaction);
}

internal sealed class ProbeRecurringJob(Npgsql.NpgsqlDataSource dataSource) : IRecurringJob
{
    public string JobId => "probe-job";

    public string Cron => Hangfire.Cron.Never();

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync("INSERT INTO probe.job_runs (job_id) VALUES (@JobId)", new { JobId });
    }
}

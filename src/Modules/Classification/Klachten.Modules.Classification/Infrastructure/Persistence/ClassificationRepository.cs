using Dapper;
using Klachten.BuildingBlocks.Application;
using Klachten.BuildingBlocks.Infrastructure.Data;
using Klachten.Modules.Classification.Application.Abstractions;
using Klachten.Modules.Classification.Domain;

namespace Klachten.Modules.Classification.Infrastructure.Persistence;

internal sealed class ClassificationRepository(IDbSession session, IResourceVersion expectedVersion) : IClassificationRepository
{
    private const string AddToQueueSql = """
        INSERT INTO classification.complaints (complaint_id, reference, received_at, received_on, queued_at)
        SELECT complaint_id, reference, received_at, received_on, @QueuedAt
        FROM unnest(@ComplaintIds::uuid[], @References::text[], @ReceivedAts::timestamptz[], @ReceivedOns::date[])
             AS entry(complaint_id, reference, received_at, received_on)
        ON CONFLICT (complaint_id) DO NOTHING
        RETURNING complaint_id
        """;

    private const string SetHandlingOfficerSql = """
        INSERT INTO classification.handling_officers (complaint_id, officer, assigned_at)
        VALUES (@ComplaintId, @Officer, @AssignedAt)
        ON CONFLICT (complaint_id) DO UPDATE SET officer = excluded.officer, assigned_at = excluded.assigned_at
        WHERE handling_officers.assigned_at <= excluded.assigned_at
        """;

    private const string GetForUpdateSql = """
        SELECT complaint_id, reference, version, categories, root_cause, root_cause_note
        FROM classification.complaints
        WHERE complaint_id = @ComplaintId
        FOR UPDATE
        """;

    private const string UpdateCurrentSql = """
        UPDATE classification.complaints
        SET version = @Version, categories = @Categories, root_cause = @RootCause, root_cause_note = @RootCauseNote,
            first_classified_at = coalesce(first_classified_at, @ChangedAt), last_changed_at = @ChangedAt, last_changed_by = @ChangedBy
        WHERE complaint_id = @ComplaintId AND version = @Expected
        """;

    private const string InsertHistorySql = """
        INSERT INTO classification.classification_history
            (complaint_id, version, change, categories, root_cause, root_cause_note, reason, changed_by, changed_at)
        VALUES (@ComplaintId, @Version, @Change, @Categories, @RootCause, @RootCauseNote, @Reason, @ChangedBy, @ChangedAt)
        """;

    // A class with setters, not a positional record: Dapper matches constructors by exact type and sees text[] as System.Array.
    private sealed class Row
    {
        public Guid ComplaintId { get; init; }
        public string Reference { get; init; } = "";
        public int Version { get; init; }
        public string[] Categories { get; init; } = [];
        public string? RootCause { get; init; }
        public string? RootCauseNote { get; init; }
    }

    public async Task<IReadOnlySet<Guid>> AddToQueueAsync(IReadOnlyList<QueueEntry> entries, DateTimeOffset queuedAt,
        CancellationToken cancellationToken) =>
        (await session.Connection.QueryAsync<Guid>(new CommandDefinition(AddToQueueSql, new
        {
            ComplaintIds = entries.Select(e => e.ComplaintId).ToArray(),
            References = entries.Select(e => e.Reference).ToArray(),
            ReceivedAts = entries.Select(e => e.ReceivedAt.UtcDateTime).ToArray(),
            ReceivedOns = entries.Select(e => e.ReceivedOn).ToArray(),
            QueuedAt = queuedAt,
        }, session.Transaction, cancellationToken: cancellationToken))).ToHashSet();

    public async Task<ComplaintClassification?> GetForUpdateAsync(Guid complaintId, CancellationToken cancellationToken)
    {
        var row = await session.Connection.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(GetForUpdateSql,
            new { ComplaintId = complaintId }, session.Transaction, cancellationToken: cancellationToken));
        if (row is null)
        {
            return null;
        }

        expectedVersion.EnsureCurrent(row.Version, $"The classification of {row.Reference}");
        return ComplaintClassification.Rehydrate(row.ComplaintId, row.Reference, row.Version, row.Categories, row.RootCause, row.RootCauseNote);
    }

    public async Task SaveAsync(ComplaintClassification classification, ClassificationVersion version, CancellationToken cancellationToken)
    {
        var parameters = new
        {
            version.ComplaintId,
            version.Version,
            Change = version.Change.ToString(),
            Categories = version.Categories.ToArray(),
            version.RootCause,
            version.RootCauseNote,
            version.Reason,
            version.ChangedBy,
            version.ChangedAt,
            Expected = expectedVersion.ExpectedOr(version.Version - 1),
        };
        var updated = await session.Connection.ExecuteAsync(new CommandDefinition(UpdateCurrentSql, parameters, session.Transaction,
            cancellationToken: cancellationToken));
        if (updated != 1)
        {
            throw expectedVersion.Expected is null
                ? new InvalidOperationException($"Classification of {classification.ComplaintId} was not at version {version.Version - 1}.")
                : ResourceVersionRules.Stale($"The classification of {classification.Reference}");
        }

        expectedVersion.Answer(version.Version);

        await session.Connection.ExecuteAsync(new CommandDefinition(InsertHistorySql, parameters, session.Transaction,
            cancellationToken: cancellationToken));
    }

    public async Task<bool> SetHandlingOfficerAsync(Guid complaintId, string officer, DateTimeOffset assignedAt, CancellationToken cancellationToken) =>
        await session.Connection.ExecuteAsync(new CommandDefinition(SetHandlingOfficerSql,
            new { ComplaintId = complaintId, Officer = officer, AssignedAt = assignedAt }, session.Transaction, cancellationToken: cancellationToken)) == 1;
}

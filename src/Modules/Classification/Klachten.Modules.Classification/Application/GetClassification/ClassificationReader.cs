using Dapper;
using Npgsql;

namespace Klachten.Modules.Classification.Application.GetClassification;

/// <summary>Reads a classification with its history; used by the query and to answer a classify command.</summary>
internal static class ClassificationReader
{
    private const string CurrentSql = """
        SELECT complaint_id, reference, received_at, version, categories, root_cause, root_cause_note,
               first_classified_at, last_changed_at, last_changed_by
        FROM classification.complaints
        WHERE complaint_id = @ComplaintId
        """;

    private const string HistorySql = """
        SELECT version, change, categories, root_cause, root_cause_note, reason, changed_by, changed_at
        FROM classification.classification_history
        WHERE complaint_id = @ComplaintId
        ORDER BY version
        """;

    // Classes with setters, not positional records: Dapper matches constructors by exact type and sees text[] as System.Array.
    private sealed class CurrentRow
    {
        public Guid ComplaintId { get; init; }
        public string Reference { get; init; } = "";
        public DateTimeOffset ReceivedAt { get; init; }
        public int Version { get; init; }
        public string[] Categories { get; init; } = [];
        public string? RootCause { get; init; }
        public string? RootCauseNote { get; init; }
        public DateTimeOffset? FirstClassifiedAt { get; init; }
        public DateTimeOffset? LastChangedAt { get; init; }
        public string? LastChangedBy { get; init; }
    }

    private sealed class HistoryRow
    {
        public int Version { get; init; }
        public string Change { get; init; } = "";
        public string[] Categories { get; init; } = [];
        public string? RootCause { get; init; }
        public string? RootCauseNote { get; init; }
        public string? Reason { get; init; }
        public string ChangedBy { get; init; } = "";
        public DateTimeOffset ChangedAt { get; init; }
    }

    public static async Task<ClassificationDto?> ReadAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction,
        Guid complaintId, CancellationToken cancellationToken)
    {
        var current = await connection.QuerySingleOrDefaultAsync<CurrentRow>(new CommandDefinition(
            CurrentSql, new { ComplaintId = complaintId }, transaction, cancellationToken: cancellationToken));
        if (current is null)
        {
            return null;
        }

        var history = await connection.QueryAsync<HistoryRow>(new CommandDefinition(
            HistorySql, new { ComplaintId = complaintId }, transaction, cancellationToken: cancellationToken));
        return new ClassificationDto(
            current.ComplaintId, current.Reference, current.ReceivedAt, current.Version > 0, current.Version, current.Categories,
            current.RootCause, current.RootCauseNote, current.FirstClassifiedAt, current.LastChangedAt, current.LastChangedBy,
            history.Select(h => new ClassificationVersionDto(
                h.Version, h.Change, h.Categories, h.RootCause, h.RootCauseNote, h.Reason, h.ChangedBy, h.ChangedAt)).ToList());
    }
}

using Dapper;
using Klachten.BuildingBlocks.Application;
using Klachten.Modules.PreventiveAction.Application.Abstractions;
using Npgsql;

namespace Klachten.Modules.PreventiveAction.Application.ListSessions;

/// <summary>The sessions of a measure with their attendance, for whoever may read the measure.</summary>
internal sealed class ListSessionsQueryHandler(NpgsqlDataSource dataSource, ICurrentUser user, IAuditTrail audit)
    : IQueryHandler<ListSessionsQuery, IReadOnlyList<SessionDto>>
{
    private const string Sql = """
        SELECT owner FROM preventive_action.measures WHERE id = @Id;
        SELECT * FROM preventive_action.training_sessions WHERE measure_id = @Id ORDER BY held_on, id;
        SELECT a.session_id, a.participant, a.attended FROM preventive_action.training_attendance a
            JOIN preventive_action.training_sessions s ON s.id = a.session_id WHERE s.measure_id = @Id;
        """;

    public async Task<IReadOnlyList<SessionDto>> Handle(ListSessionsQuery query, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var results = await connection.QueryMultipleAsync(new CommandDefinition(Sql, new { Id = query.MeasureId },
            cancellationToken: cancellationToken));
        var owners = (await results.ReadAsync<string?>()).ToList();
        if (owners.Count == 0)
        {
            throw new NotFoundException("Measure", query.MeasureId);
        }

        if (!MeasureAccess.SeesAll(user) && !MeasureAccess.Owns(user, owners[0]))
        {
            await audit.RecordAsync(new AuditEntry(MeasureAccess.Module, "MeasureReadRefused", MeasureAccess.Subject,
                query.MeasureId.ToString()), cancellationToken);
            MeasureAccess.EnsureMayRead(user, query.MeasureId, owners[0]);
        }

        var sessions = (await results.ReadAsync<TrainingSessionRow>()).ToList();
        var attendance = (await results.ReadAsync<AttendanceRow>()).ToLookup(a => a.SessionId);
        await audit.RecordAsync(new AuditEntry(MeasureAccess.Module, "TrainingSessionsRead", MeasureAccess.Subject,
            query.MeasureId.ToString()), cancellationToken);
        return sessions.Select(s => new SessionDto(s.Id, s.Topic, s.HeldOn, s.Trainer, s.Participants, s.AttendanceRecordedAt is not null,
            s.AttendanceRecordedAt is null
                ? null
                : s.Participants.Select(p => new AttendanceDto(p,
                    attendance[s.Id].FirstOrDefault(a => a.Participant == p)?.Attended ?? false)).ToList(),
            s.AttendanceRecordedBy, s.AttendanceRecordedAt)).ToList();
    }

    private sealed class AttendanceRow
    {
        public Guid SessionId { get; init; }
        public string Participant { get; init; } = "";
        public bool Attended { get; init; }
    }
}

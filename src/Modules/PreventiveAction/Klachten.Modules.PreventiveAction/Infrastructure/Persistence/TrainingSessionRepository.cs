using Dapper;
using Klachten.BuildingBlocks.Application;
using Klachten.BuildingBlocks.Infrastructure.Data;
using Klachten.Modules.PreventiveAction.Application.Abstractions;
using Klachten.Modules.PreventiveAction.Application.ListSessions;
using Klachten.Modules.PreventiveAction.Domain;

namespace Klachten.Modules.PreventiveAction.Infrastructure.Persistence;

internal sealed class TrainingSessionRepository(IDbSession session) : ITrainingSessionRepository
{
    private const string InsertSql = """
        INSERT INTO preventive_action.training_sessions (id, measure_id, topic, held_on, trainer, participants, created_by, created_at)
        VALUES (@Id, @MeasureId, @Topic, @HeldOn, @Trainer, @Participants, @CreatedBy, @CreatedAt)
        """;

    private const string SelectSql = """
        SELECT * FROM preventive_action.training_sessions WHERE id = @SessionId AND measure_id = @MeasureId FOR UPDATE;
        SELECT participant, attended FROM preventive_action.training_attendance WHERE session_id = @SessionId;
        """;

    private const string RecordSql = """
        UPDATE preventive_action.training_sessions SET attendance_recorded_by = @By, attendance_recorded_at = @At
        WHERE id = @Id AND attendance_recorded_at IS NULL;
        INSERT INTO preventive_action.training_attendance (session_id, participant, attended)
        SELECT @Id, participant, attended FROM unnest(@Participants::text[], @Attended::boolean[]) AS a(participant, attended);
        """;

    private const string AllHeldSql = """
        SELECT count(*) > 0 AND count(*) FILTER (WHERE attendance_recorded_at IS NULL) = 0
        FROM preventive_action.training_sessions WHERE measure_id = @MeasureId
        """;

    public Task AddAsync(TrainingSession trainingSession, CancellationToken cancellationToken) =>
        session.Connection.ExecuteAsync(new CommandDefinition(InsertSql, new
        {
            trainingSession.Id,
            trainingSession.MeasureId,
            trainingSession.Topic,
            trainingSession.HeldOn,
            trainingSession.Trainer,
            Participants = trainingSession.Participants.ToArray(),
            trainingSession.CreatedBy,
            trainingSession.CreatedAt,
        }, session.Transaction, cancellationToken: cancellationToken));

    public async Task<TrainingSession> GetForUpdateAsync(Guid measureId, Guid sessionId, CancellationToken cancellationToken)
    {
        await using var results = await session.Connection.QueryMultipleAsync(new CommandDefinition(SelectSql,
            new { MeasureId = measureId, SessionId = sessionId }, session.Transaction, cancellationToken: cancellationToken));
        var row = await results.ReadSingleOrDefaultAsync<TrainingSessionRow>()
            ?? throw new NotFoundException("Training session", sessionId);
        var attendance = (await results.ReadAsync<Attendance>()).ToList();
        return TrainingSession.Restore(row.Id, row.MeasureId, row.Topic, row.HeldOn, row.Trainer, row.Participants, row.CreatedBy,
            row.CreatedAt, row.AttendanceRecordedAt is null ? null : attendance, row.AttendanceRecordedBy, row.AttendanceRecordedAt);
    }

    public Task SaveAttendanceAsync(TrainingSession trainingSession, CancellationToken cancellationToken) =>
        session.Connection.ExecuteAsync(new CommandDefinition(RecordSql, new
        {
            trainingSession.Id,
            By = trainingSession.AttendanceRecordedBy,
            At = trainingSession.AttendanceRecordedAt,
            Participants = trainingSession.Attendance!.Select(a => a.Participant).ToArray(),
            Attended = trainingSession.Attendance!.Select(a => a.Attended).ToArray(),
        }, session.Transaction, cancellationToken: cancellationToken));

    public Task<bool> AllHeldAsync(Guid measureId, CancellationToken cancellationToken) =>
        session.Connection.ExecuteScalarAsync<bool>(new CommandDefinition(AllHeldSql, new { MeasureId = measureId }, session.Transaction,
            cancellationToken: cancellationToken));
}

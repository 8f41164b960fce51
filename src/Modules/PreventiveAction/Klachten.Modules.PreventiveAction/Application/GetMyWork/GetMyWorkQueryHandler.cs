using Dapper;
using Klachten.BuildingBlocks.Application;
using Klachten.Modules.PreventiveAction.Application.Abstractions;
using Npgsql;

namespace Klachten.Modules.PreventiveAction.Application.GetMyWork;

internal sealed class GetMyWorkQueryHandler(NpgsqlDataSource dataSource, ICurrentUser user, IAuditTrail audit, TimeProvider timeProvider)
    : IQueryHandler<GetMyWorkQuery, MyWorkDto>
{
    private const string Sql = """
        SELECT id, reference, title, kind, status, due_on, (status = 'InProgress' AND due_on < @Today) AS overdue
        FROM preventive_action.measures
        WHERE lower(owner) = lower(@Me)
        ORDER BY status NOT IN ('InProgress', 'Approved'), due_on NULLS LAST, reference;
        SELECT s.id, s.measure_id, m.reference AS measure_reference, s.topic, s.held_on, s.trainer
        FROM preventive_action.training_sessions s
        JOIN preventive_action.measures m ON m.id = s.measure_id
        WHERE s.attendance_recorded_at IS NULL AND m.status = 'InProgress'
          AND EXISTS (SELECT 1 FROM unnest(s.participants) AS p(name) WHERE lower(p.name) = lower(@Me))
        ORDER BY s.held_on, s.topic;
        """;

    public async Task<MyWorkDto> Handle(GetMyWorkQuery query, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var results = await connection.QueryMultipleAsync(new CommandDefinition(Sql, new
        {
            Me = user.UserName,
            Today = AmsterdamDate.Of(timeProvider.GetUtcNow()),
        }, cancellationToken: cancellationToken));
        var measures = (await results.ReadAsync<MyMeasureDto>()).ToList();
        var sessions = (await results.ReadAsync<MySessionDto>()).ToList();
        await audit.RecordAsync(new AuditEntry(MeasureAccess.Module, "MyWorkRead", MeasureAccess.Subject, "*",
            new { Measures = measures.Count, Sessions = sessions.Count }), cancellationToken);
        return new MyWorkDto(measures, sessions);
    }
}

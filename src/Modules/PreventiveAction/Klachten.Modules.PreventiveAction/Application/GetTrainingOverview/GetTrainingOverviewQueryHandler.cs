using Dapper;
using Klachten.BuildingBlocks.Application;
using Klachten.Modules.PreventiveAction.Application.Abstractions;
using Npgsql;

namespace Klachten.Modules.PreventiveAction.Application.GetTrainingOverview;

/// <summary>
/// The participants who attended a session held that year; the quality manager and management see everyone, others themselves.
/// </summary>
internal sealed class GetTrainingOverviewQueryHandler(NpgsqlDataSource dataSource, ICurrentUser user, IAuditTrail audit)
    : IQueryHandler<GetTrainingOverviewQuery, TrainingOverviewDto>
{
    private const string Sql = """
        SELECT a.participant, s.topic, s.held_on, s.trainer, m.id AS measure_id, m.reference AS measure_reference
        FROM preventive_action.training_attendance a
        JOIN preventive_action.training_sessions s ON s.id = a.session_id
        JOIN preventive_action.measures m ON m.id = s.measure_id
        WHERE a.attended AND s.held_on >= @From AND s.held_on <= @To
          AND (@Viewer::text IS NULL OR lower(a.participant) = lower(@Viewer))
        ORDER BY lower(a.participant), s.held_on, s.topic
        """;

    public async Task<TrainingOverviewDto> Handle(GetTrainingOverviewQuery query, CancellationToken cancellationToken)
    {
        var year = QueryValues.WholeNumber(query.Year, 0);
        var viewer = MeasureAccess.SeesAll(user) ? null : user.UserName;
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var rows = (await connection.QueryAsync<TrainedDto>(new CommandDefinition(Sql, new
        {
            From = new DateOnly(year, 1, 1),
            To = new DateOnly(year, 12, 31),
            Viewer = viewer,
        }, cancellationToken: cancellationToken))).ToList();
        await audit.RecordAsync(new AuditEntry(MeasureAccess.Module, "TrainingOverviewRead", "Training",
            year.ToString(System.Globalization.CultureInfo.InvariantCulture),
            new { Viewer = viewer, Returned = rows.Count }), cancellationToken);
        return new TrainingOverviewDto(year, rows);
    }
}

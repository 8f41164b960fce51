using Dapper;
using Klachten.Modules.Intake.Contracts;
using Npgsql;

namespace Klachten.Modules.Intake.Infrastructure.Persistence;

/// <summary>The dashboard's Intake counts in one pass over the open complaints the viewer may list.</summary>
internal sealed class IntakeCountsReader(NpgsqlDataSource dataSource) : IIntakeCounts
{
    private const string Sql = """
        SELECT count(*) FILTER (WHERE acknowledged_at IS NULL)::int AS registered,
               count(*) FILTER (WHERE acknowledged_at IS NOT NULL)::int AS acknowledged,
               count(*) FILTER (WHERE acknowledged_at IS NULL AND acknowledgement_due_on BETWEEN @Today AND @WeekEndsOn)::int
                   AS acknowledgement_due_this_week,
               count(*) FILTER (WHERE acknowledged_at IS NULL AND acknowledgement_due_on < @Today)::int AS acknowledgement_overdue,
               count(*) FILTER (WHERE lower(registered_by) = lower(@Viewer))::int AS registered_by_viewer
        FROM intake.complaints
        WHERE closed_at IS NULL
          AND (@Viewer::text IS NULL OR lower(registered_by) = lower(@Viewer) OR lower(handling_officer) = lower(@Viewer))
        """;

    public async Task<IntakeCounts> CountAsync(IntakeCountRequest request, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.QuerySingleAsync<IntakeCounts>(new CommandDefinition(Sql, request, cancellationToken: cancellationToken));
    }
}

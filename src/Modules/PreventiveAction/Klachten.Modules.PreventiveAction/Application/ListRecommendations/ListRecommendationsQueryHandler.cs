using Dapper;
using Klachten.BuildingBlocks.Application;
using Klachten.Modules.PreventiveAction.Application.Abstractions;
using Npgsql;

namespace Klachten.Modules.PreventiveAction.Application.ListRecommendations;

internal sealed class ListRecommendationsQueryHandler(NpgsqlDataSource dataSource, IAuditTrail audit)
    : IQueryHandler<ListRecommendationsQuery, IReadOnlyList<OpenRecommendationDto>>
{
    private const string Sql = """
        SELECT recommendation_id, analysis_year, analysis_version, text, categories, root_causes, suggested_kind, published_at
        FROM preventive_action.recommendations
        WHERE measure_id IS NULL AND (@Year::integer IS NULL OR analysis_year = @Year)
        ORDER BY analysis_year DESC, received_at, recommendation_id
        """;

    public async Task<IReadOnlyList<OpenRecommendationDto>> Handle(ListRecommendationsQuery query, CancellationToken cancellationToken)
    {
        int? year = string.IsNullOrWhiteSpace(query.Year) ? null : QueryValues.WholeNumber(query.Year, 0);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var list = (await connection.QueryAsync<OpenRecommendationDto>(new CommandDefinition(Sql, new { Year = year },
            cancellationToken: cancellationToken))).ToList();
        await audit.RecordAsync(new AuditEntry(MeasureAccess.Module, "OpenRecommendationsListed", "Recommendation", "*",
            new { Year = year, Returned = list.Count }), cancellationToken);
        return list;
    }
}

using Dapper;
using Klachten.BuildingBlocks.Infrastructure.Data;
using Klachten.Modules.Analysis.Contracts;
using Klachten.Modules.PreventiveAction.Application.Abstractions;

namespace Klachten.Modules.PreventiveAction.Infrastructure.Persistence;

internal sealed class RecommendationRepository(IDbSession session) : IRecommendationRepository
{
    // A later version (a correction) carries a recommendation over under its id: its text and codes follow the newest version;
    // an earlier or the same version delivered again changes nothing. Whether a measure was made of it is kept.
    private const string StoreSql = """
        INSERT INTO preventive_action.recommendations
            (recommendation_id, analysis_year, analysis_version, text, categories, root_causes, suggested_kind, published_at, received_at)
        SELECT r.id, @Year, @Version, r.text, coalesce(string_to_array(r.categories, chr(31)), '{}'),
               coalesce(string_to_array(r.root_causes, chr(31)), '{}'), r.kind,
               @PublishedAt, @ReceivedAt
        FROM unnest(@Ids::uuid[], @Texts::text[], @Categories::text[], @RootCauses::text[], @Kinds::text[])
             AS r(id, text, categories, root_causes, kind)
        ON CONFLICT (recommendation_id) DO UPDATE SET
            analysis_year = excluded.analysis_year, analysis_version = excluded.analysis_version, text = excluded.text,
            categories = excluded.categories, root_causes = excluded.root_causes, suggested_kind = excluded.suggested_kind,
            published_at = excluded.published_at
        WHERE recommendations.analysis_version < excluded.analysis_version
        RETURNING (xmax = 0) AS inserted
        """;

    private const string SelectSql = """
        SELECT recommendation_id, analysis_year, analysis_version, text, categories, root_causes, suggested_kind, measure_id
        FROM preventive_action.recommendations WHERE recommendation_id = @Id FOR UPDATE
        """;

    private const string TakenSql = "UPDATE preventive_action.recommendations SET measure_id = @MeasureId WHERE recommendation_id = @Id";

    // Codes are separated by the unit separator, which no code contains (texts refuse control characters).
    private static string Join(IReadOnlyList<string> codes) => string.Join('\u001f', codes);

    public async Task<int> StoreAsync(YearlyAnalysisPublished published, DateTimeOffset receivedAt, CancellationToken cancellationToken)
    {
        if (published.Recommendations.Count == 0)
        {
            return 0;
        }

        var inserted = await session.Connection.QueryAsync<bool>(new CommandDefinition(StoreSql, new
        {
            published.Year,
            published.Version,
            published.PublishedAt,
            ReceivedAt = receivedAt,
            Ids = published.Recommendations.Select(r => r.RecommendationId).ToArray(),
            Texts = published.Recommendations.Select(r => r.Text).ToArray(),
            Categories = published.Recommendations.Select(r => r.Categories.Count == 0 ? null : Join(r.Categories)).ToArray(),
            RootCauses = published.Recommendations.Select(r => r.RootCauses.Count == 0 ? null : Join(r.RootCauses)).ToArray(),
            Kinds = published.Recommendations.Select(r => r.SuggestedKind.ToString()).ToArray(),
        }, session.Transaction, cancellationToken: cancellationToken));
        return inserted.Count(i => i);
    }

    public async Task<StoredRecommendation?> GetForUpdateAsync(Guid recommendationId, CancellationToken cancellationToken)
    {
        var row = await session.Connection.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(SelectSql, new { Id = recommendationId },
            session.Transaction, cancellationToken: cancellationToken));
        return row is null
            ? null
            : new StoredRecommendation(row.RecommendationId, row.AnalysisYear, row.AnalysisVersion, row.Text, row.Categories,
                row.RootCauses, Enum.Parse<MeasureKind>(row.SuggestedKind), row.MeasureId);
    }

    public Task MarkTakenAsync(Guid recommendationId, Guid measureId, CancellationToken cancellationToken) =>
        session.Connection.ExecuteAsync(new CommandDefinition(TakenSql, new { Id = recommendationId, MeasureId = measureId },
            session.Transaction, cancellationToken: cancellationToken));

    private sealed class Row
    {
        public Guid RecommendationId { get; init; }
        public int AnalysisYear { get; init; }
        public int AnalysisVersion { get; init; }
        public string Text { get; init; } = "";
        public string[] Categories { get; init; } = [];
        public string[] RootCauses { get; init; } = [];
        public string SuggestedKind { get; init; } = "";
        public Guid? MeasureId { get; init; }
    }
}

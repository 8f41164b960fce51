using Dapper;
using Klachten.BuildingBlocks.Application;
using Klachten.BuildingBlocks.Infrastructure.Data;
using Klachten.Modules.Analysis.Application.Abstractions;
using Npgsql;

namespace Klachten.Modules.Analysis.Infrastructure.Persistence;

internal sealed class Recommendations(IDbSession session, IUnitOfWork unitOfWork, NpgsqlDataSource dataSource, IResourceVersion version)
    : IRecommendations
{
    private const string Columns = """
        id, year, text, categories, root_causes, suggested_kind, created_at, created_by, changed_at, changed_by, withdrawn_at, withdrawn_by,
        version
        """;

    private const string InsertSql = $"""
        INSERT INTO analysis.recommendations ({Columns})
        VALUES (@Id, @Year, @Text, @Categories, @RootCauses, @SuggestedKind, @CreatedAt, @CreatedBy, @ChangedAt, @ChangedBy, @WithdrawnAt, @WithdrawnBy, 1)
        """;

    private const string GetForUpdateSql = $"SELECT {Columns} FROM analysis.recommendations WHERE year = @Year AND id = @Id FOR UPDATE";

    private const string UpdateSql = """
        UPDATE analysis.recommendations
        SET text = @Text, categories = @Categories, root_causes = @RootCauses, suggested_kind = @SuggestedKind, changed_at = @ChangedAt,
            changed_by = @ChangedBy, withdrawn_at = @WithdrawnAt, withdrawn_by = @WithdrawnBy, version = version + 1
        WHERE id = @Id AND version = @Version
        RETURNING version
        """;

    private const string FindSql = $"SELECT {Columns} FROM analysis.recommendations WHERE year = @Year AND id = @Id";

    private const string ListSql = $"""
        SELECT {Columns} FROM analysis.recommendations
        WHERE year = @Year AND (@WithWithdrawn OR withdrawn_at IS NULL)
        ORDER BY created_at, id
        """;

    private sealed class Row
    {
        public Guid Id { get; init; }
        public int Year { get; init; }
        public string Text { get; init; } = "";
        public string[] Categories { get; init; } = [];
        public string[] RootCauses { get; init; } = [];
        public string SuggestedKind { get; init; } = "";
        public DateTimeOffset CreatedAt { get; init; }
        public string CreatedBy { get; init; } = "";
        public DateTimeOffset? ChangedAt { get; init; }
        public string? ChangedBy { get; init; }
        public DateTimeOffset? WithdrawnAt { get; init; }
        public string? WithdrawnBy { get; init; }
        public int Version { get; init; }

        public RecommendationRecord ToRecord() =>
            new(Id, Year, Text, Categories, RootCauses, SuggestedKind, CreatedAt, CreatedBy, ChangedAt, ChangedBy, WithdrawnAt, WithdrawnBy,
                Version);
    }

    public Task AddAsync(RecommendationRecord r, CancellationToken cancellationToken) =>
        session.Connection.ExecuteAsync(new CommandDefinition(InsertSql, Parameters(r), session.Transaction, cancellationToken: cancellationToken));

    public async Task<RecommendationRecord?> GetForUpdateAsync(int year, Guid id, CancellationToken cancellationToken)
    {
        var found = (await session.Connection.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(GetForUpdateSql, new { Year = year, Id = id },
            session.Transaction, cancellationToken: cancellationToken)))?.ToRecord();
        if (found is not null)
        {
            version.EnsureCurrent(found.Version, What(found));
        }

        return found;
    }

    public async Task<RecommendationRecord> UpdateAsync(RecommendationRecord r, CancellationToken cancellationToken)
    {
        var expected = version.ExpectedOr(r.Version);
        var parameters = new DynamicParameters(Parameters(r));
        parameters.Add("Version", expected);
        var saved = await session.Connection.QuerySingleOrDefaultAsync<int?>(new CommandDefinition(UpdateSql, parameters, session.Transaction,
            cancellationToken: cancellationToken));
        if (saved is not { } newVersion)
        {
            throw version.Expected is null
                ? new ConcurrencyConflictException($"{What(r)} was changed by someone else; reload it and try again.")
                : ResourceVersionRules.Stale(What(r));
        }

        version.Answer(newVersion);
        return r with { Version = newVersion };
    }

    public async Task<RecommendationRecord?> FindAsync(int year, Guid id, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return (await connection.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(FindSql, new { Year = year, Id = id },
            cancellationToken: cancellationToken)))?.ToRecord();
    }

    public async Task<IReadOnlyList<RecommendationRecord>> ListAsync(int year, bool withWithdrawn, CancellationToken cancellationToken)
    {
        var parameters = new { Year = year, WithWithdrawn = withWithdrawn };
        if (unitOfWork.IsActive)
        {
            // Publishing reads the draft in its own transaction, after the year's lock.
            return (await session.Connection.QueryAsync<Row>(new CommandDefinition(ListSql, parameters, session.Transaction,
                cancellationToken: cancellationToken))).Select(r => r.ToRecord()).ToList();
        }

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return (await connection.QueryAsync<Row>(new CommandDefinition(ListSql, parameters, cancellationToken: cancellationToken)))
            .Select(r => r.ToRecord()).ToList();
    }

    private static string What(RecommendationRecord r) => $"Recommendation {r.Id}";

    private static object Parameters(RecommendationRecord r) => new
    {
        r.Id, r.Year, r.Text, Categories = r.Categories.ToArray(), RootCauses = r.RootCauses.ToArray(), r.SuggestedKind, r.CreatedAt, r.CreatedBy,
        r.ChangedAt, r.ChangedBy, r.WithdrawnAt, r.WithdrawnBy,
    };
}

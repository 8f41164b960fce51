using Dapper;
using Klachten.Modules.Classification.Contracts;
using Npgsql;

namespace Klachten.Modules.Classification.Infrastructure.Persistence;

internal sealed class ClassificationCodes(NpgsqlDataSource dataSource) : IClassificationCodes
{
    private const string CategoriesSql = "SELECT code, description, active FROM classification.categories ORDER BY code";
    private const string RootCausesSql = "SELECT code, description, active FROM classification.root_causes ORDER BY code";

    public Task<IReadOnlyList<ClassificationCode>> CategoriesAsync(CancellationToken cancellationToken) => ReadAsync(CategoriesSql, cancellationToken);

    public Task<IReadOnlyList<ClassificationCode>> RootCausesAsync(CancellationToken cancellationToken) => ReadAsync(RootCausesSql, cancellationToken);

    private async Task<IReadOnlyList<ClassificationCode>> ReadAsync(string sql, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return (await connection.QueryAsync<ClassificationCode>(new CommandDefinition(sql, cancellationToken: cancellationToken))).ToList();
    }
}

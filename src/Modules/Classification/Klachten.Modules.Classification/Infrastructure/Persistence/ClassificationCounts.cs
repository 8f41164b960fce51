using Dapper;
using Klachten.Modules.Classification.Contracts;
using Npgsql;

namespace Klachten.Modules.Classification.Infrastructure.Persistence;

internal sealed class ClassificationCounts(NpgsqlDataSource dataSource) : IClassificationCounts
{
    private const string Sql = "SELECT count(*)::int FROM classification.complaints WHERE version = 0";

    public async Task<int> CountWaitingAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<int>(new CommandDefinition(Sql, cancellationToken: cancellationToken));
    }
}

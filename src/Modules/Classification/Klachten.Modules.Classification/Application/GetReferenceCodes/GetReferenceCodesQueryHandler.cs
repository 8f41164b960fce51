using Dapper;
using Klachten.BuildingBlocks.Application;
using Klachten.Modules.Classification.Application.Abstractions;
using Klachten.Modules.Classification.Domain;
using Npgsql;

namespace Klachten.Modules.Classification.Application.GetReferenceCodes;

internal sealed class GetReferenceCodesQueryHandler(NpgsqlDataSource dataSource)
    : IQueryHandler<GetReferenceCodesQuery, IReadOnlyList<ReferenceCodeDto>>
{
    private const string CategoriesSql = "SELECT code, description, active FROM classification.categories ORDER BY created_at, code";
    private const string RootCausesSql = "SELECT code, description, active FROM classification.root_causes ORDER BY created_at, code";

    public async Task<IReadOnlyList<ReferenceCodeDto>> Handle(GetReferenceCodesQuery request, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var sql = request.List == ReferenceList.Category ? CategoriesSql : RootCausesSql;
        return (await connection.QueryAsync<ReferenceCodeDto>(new CommandDefinition(sql, cancellationToken: cancellationToken))).ToList();
    }
}

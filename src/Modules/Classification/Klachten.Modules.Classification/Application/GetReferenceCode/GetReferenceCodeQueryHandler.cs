using Dapper;
using Klachten.BuildingBlocks.Application;
using Klachten.Modules.Classification.Application.Abstractions;
using Klachten.Modules.Classification.Domain;
using Npgsql;

namespace Klachten.Modules.Classification.Application.GetReferenceCode;

internal sealed class GetReferenceCodeQueryHandler(NpgsqlDataSource dataSource) : IQueryHandler<GetReferenceCodeQuery, ReferenceCodeDto>
{
    private const string CategorySql = "SELECT code, description, active FROM classification.categories WHERE lower(code) = lower(@Code)";
    private const string RootCauseSql = "SELECT code, description, active FROM classification.root_causes WHERE lower(code) = lower(@Code)";

    public async Task<ReferenceCodeDto> Handle(GetReferenceCodeQuery request, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var sql = request.List == ReferenceList.Category ? CategorySql : RootCauseSql;
        return await connection.QuerySingleOrDefaultAsync<ReferenceCodeDto>(new CommandDefinition(sql, new { request.Code },
                   cancellationToken: cancellationToken))
               ?? throw new NotFoundException(request.List.ToString(), request.Code);
    }
}

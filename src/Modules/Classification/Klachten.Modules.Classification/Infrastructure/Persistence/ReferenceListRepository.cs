using Dapper;
using Klachten.BuildingBlocks.Infrastructure.Data;
using Klachten.Modules.Classification.Application.Abstractions;
using Klachten.Modules.Classification.Domain;

namespace Klachten.Modules.Classification.Infrastructure.Persistence;

internal sealed class ReferenceListRepository(IDbSession session) : IReferenceListRepository
{
    private sealed record Statements(string SelectAllForShare, string Insert, string GetForUpdate, string InUse, string Delete, string SetActive);

    private static readonly Statements Categories = For("classification.categories",
        "SELECT EXISTS (SELECT 1 FROM classification.classification_history WHERE categories @> ARRAY[@Code]::text[])");

    private static readonly Statements RootCauses = For("classification.root_causes",
        "SELECT EXISTS (SELECT 1 FROM classification.classification_history WHERE root_cause = @Code)");

    // The table name comes from this class, never from input.
    private static Statements For(string table, string inUse) => new(
        $"SELECT code, description, active FROM {table} ORDER BY code FOR SHARE",
        $"""
        INSERT INTO {table} (code, description, created_at, created_by)
        VALUES (@Code, @Description, @CreatedAt, @CreatedBy)
        ON CONFLICT DO NOTHING
        """,
        $"SELECT code, description, active FROM {table} WHERE lower(code) = lower(@Code) FOR UPDATE",
        inUse,
        $"DELETE FROM {table} WHERE code = @Code",
        $"""
        UPDATE {table}
        SET active = @Active,
            deactivated_at = CASE WHEN @Active THEN NULL ELSE @ChangedAt END,
            deactivated_by = CASE WHEN @Active THEN NULL ELSE @ChangedBy END
        WHERE code = @Code
        """);

    private static Statements Sql(ReferenceList list) => list == ReferenceList.Category ? Categories : RootCauses;

    public async Task<IReadOnlyList<ReferenceEntry>> GetAllForShareAsync(ReferenceList list, CancellationToken cancellationToken) =>
        (await session.Connection.QueryAsync<ReferenceEntry>(new CommandDefinition(Sql(list).SelectAllForShare,
            transaction: session.Transaction, cancellationToken: cancellationToken))).ToList();

    public async Task<bool> AddAsync(ReferenceList list, string code, string description, string createdBy, DateTimeOffset createdAt,
        CancellationToken cancellationToken) =>
        await session.Connection.ExecuteAsync(new CommandDefinition(Sql(list).Insert,
            new { Code = code, Description = description, CreatedBy = createdBy, CreatedAt = createdAt },
            session.Transaction, cancellationToken: cancellationToken)) == 1;

    public Task<ReferenceEntry?> GetForUpdateAsync(ReferenceList list, string code, CancellationToken cancellationToken) =>
        session.Connection.QuerySingleOrDefaultAsync<ReferenceEntry>(new CommandDefinition(Sql(list).GetForUpdate,
            new { Code = code }, session.Transaction, cancellationToken: cancellationToken));

    public Task<bool> IsInUseAsync(ReferenceList list, string code, CancellationToken cancellationToken) =>
        session.Connection.ExecuteScalarAsync<bool>(new CommandDefinition(Sql(list).InUse,
            new { Code = code }, session.Transaction, cancellationToken: cancellationToken));

    public Task RemoveAsync(ReferenceList list, string code, CancellationToken cancellationToken) =>
        session.Connection.ExecuteAsync(new CommandDefinition(Sql(list).Delete,
            new { Code = code }, session.Transaction, cancellationToken: cancellationToken));

    public Task SetActiveAsync(ReferenceList list, string code, bool active, string changedBy, DateTimeOffset changedAt,
        CancellationToken cancellationToken) =>
        session.Connection.ExecuteAsync(new CommandDefinition(Sql(list).SetActive,
            new { Code = code, Active = active, ChangedBy = changedBy, ChangedAt = changedAt },
            session.Transaction, cancellationToken: cancellationToken));
}

using Dapper;
using Klachten.BuildingBlocks.Application;
using Klachten.BuildingBlocks.Application.Correspondence;
using Klachten.BuildingBlocks.Infrastructure.Data;
using Klachten.Modules.Handling.Application.Abstractions;
using Klachten.Modules.Handling.Contracts;
using Npgsql;

namespace Klachten.Modules.Handling.Infrastructure.Correspondence;

/// <summary>Handling's failed e-mails for the overview across modules, and sending one again (after commit, as every letter goes).</summary>
internal sealed class HandlingCorrespondence(NpgsqlDataSource dataSource, IDbSession session, IUnitOfWork unitOfWork, ICorrespondenceDispatch dispatch)
    : IModuleCorrespondence
{
    private const string FailedSql = """
        SELECT id, complaint_id, kind, channel, recipient_name, CASE WHEN channel = 'Email' THEN recipient_email ELSE recipient_address END AS recipient_address,
               subject AS subject, attempts, last_error, created_at, next_attempt_at
        FROM handling.correspondence
        WHERE status = 'Pending' AND last_error IS NOT NULL
        ORDER BY created_at, id
        """;

    private const string ResendSql = """
        UPDATE handling.correspondence SET next_attempt_at = NULL
        WHERE id = @Id AND status = 'Pending' AND last_error IS NOT NULL
        """;

    private sealed record Row(Guid Id, Guid ComplaintId, string Kind, string Channel, string? RecipientName, string? RecipientAddress,
        string Subject, int Attempts, string? LastError, DateTimeOffset CreatedAt, DateTimeOffset? NextAttemptAt);

    public string Module => HandlingContracts.ModuleName;

    public async Task<IReadOnlyList<FailedCorrespondenceDto>> ListFailedAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(FailedSql, cancellationToken: cancellationToken));
        return rows.Select(r => new FailedCorrespondenceDto(Module, r.Id, r.ComplaintId, r.Kind, r.Channel, r.RecipientName, r.RecipientAddress,
            r.Subject, r.Attempts, r.LastError, r.CreatedAt, r.NextAttemptAt)).ToList();
    }

    public async Task<bool> ResendAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await session.Connection.ExecuteAsync(new CommandDefinition(ResendSql, new { Id = id }, session.Transaction,
                cancellationToken: cancellationToken)) == 0)
        {
            return false;
        }

        unitOfWork.AfterCommit(_ => dispatch.DeliverNowAsync([id]));
        return true;
    }
}

using Dapper;
using Klachten.BuildingBlocks.Application;
using Klachten.BuildingBlocks.Application.Correspondence;
using Klachten.BuildingBlocks.Infrastructure.Data;
using Npgsql;

namespace Klachten.BuildingBlocks.Infrastructure.Correspondence;

/// <summary>
/// A module's failed e-mails for the overview across modules, and sending one again after commit, as every letter goes. The
/// module gives its own SQL (its schema only): <see cref="FailedSql"/> selects the columns of <see cref="FailedRow"/>,
/// <see cref="ResendSql"/> makes the failed e-mail with id @Id due now and touches no other row.
/// </summary>
public abstract class ModuleCorrespondence(NpgsqlDataSource dataSource, IDbSession session, IUnitOfWork unitOfWork)
    : IModuleCorrespondence
{
    public abstract string Module { get; }

    protected abstract string FailedSql { get; }

    protected abstract string ResendSql { get; }

    /// <summary>Sends these e-mails now (after the commit of the resend).</summary>
    protected abstract Task DeliverNowAsync(IReadOnlyCollection<Guid> ids);

    protected sealed record FailedRow(Guid Id, Guid ComplaintId, string Kind, string Channel, string? RecipientName,
        string? RecipientAddress, string Subject, int Attempts, string? LastError, DateTimeOffset CreatedAt,
        DateTimeOffset? NextAttemptAt);

    public async Task<IReadOnlyList<FailedCorrespondenceDto>> ListFailedAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<FailedRow>(new CommandDefinition(FailedSql, cancellationToken: cancellationToken));
        return rows.Select(r => new FailedCorrespondenceDto(Module, r.Id, r.ComplaintId, r.Kind, r.Channel, r.RecipientName,
            r.RecipientAddress, r.Subject, r.Attempts, r.LastError, r.CreatedAt, r.NextAttemptAt)).ToList();
    }

    public async Task<bool> ResendAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await session.Connection.ExecuteAsync(new CommandDefinition(ResendSql, new { Id = id }, session.Transaction,
                cancellationToken: cancellationToken)) == 0)
        {
            return false;
        }

        unitOfWork.AfterCommit(_ => DeliverNowAsync([id]));
        return true;
    }
}

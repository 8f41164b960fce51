using System.Text.Json;
using Dapper;
using Klachten.BuildingBlocks.Application;
using Klachten.BuildingBlocks.Infrastructure.Data;
using Npgsql;

namespace Klachten.BuildingBlocks.Infrastructure.Audit;

/// <summary>
/// Writes an audit entry in the running transaction when there is one (so a rolled-back change leaves no trace
/// of having happened), otherwise on its own connection (reads are audited although queries never write business data).
/// </summary>
internal sealed class AuditTrail(UnitOfWork unitOfWork, NpgsqlDataSource dataSource, ICurrentUser currentUser, TimeProvider timeProvider)
    : IAuditTrail
{
    private const string InsertSql = """
        INSERT INTO audit.audit_trail (occurred_at, actor, module, action, subject_type, subject_id, details)
        VALUES (@OccurredAt, @Actor, @Module, @Action, @SubjectType, @SubjectId, @Details::jsonb)
        """;

    public async Task RecordAsync(AuditEntry entry, CancellationToken cancellationToken)
    {
        var parameters = new
        {
            OccurredAt = timeProvider.GetUtcNow(),
            Actor = currentUser.UserName,
            entry.Module,
            entry.Action,
            entry.SubjectType,
            entry.SubjectId,
            Details = entry.Details is null ? null : JsonSerializer.Serialize(entry.Details, JsonSerializerOptions.Web),
        };

        if (unitOfWork.IsActive)
        {
            await unitOfWork.Connection.ExecuteAsync(new CommandDefinition(InsertSql, parameters, unitOfWork.Transaction, cancellationToken: cancellationToken));
            return;
        }

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(InsertSql, parameters, cancellationToken: cancellationToken));
    }
}

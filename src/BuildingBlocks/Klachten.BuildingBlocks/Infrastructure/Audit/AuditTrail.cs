using System.Text.Json;
using System.Text.Json.Serialization;
using Dapper;
using Klachten.BuildingBlocks.Application;
using Klachten.BuildingBlocks.Infrastructure.Data;
using Npgsql;
using NpgsqlTypes;

namespace Klachten.BuildingBlocks.Infrastructure.Audit;

/// <summary>
/// For writers that send many rows in one round trip (an <see cref="NpgsqlBatch"/>, e.g. a batch writer): the statement that
/// records audit entries. The caller executes it in the running unit of work's transaction. There is no current user in a
/// batch writer's loop: set <see cref="AuditEntry.Actor"/>.
/// </summary>
public interface IAuditBatch
{
    NpgsqlBatchCommand CreateRecordCommand(IReadOnlyCollection<AuditEntry> entries);
}

/// <summary>
/// Writes an audit entry in the running transaction when there is one (so a rolled-back change leaves no trace
/// of having happened), otherwise on its own connection (reads are audited although queries never write business data).
/// </summary>
internal sealed class AuditTrail(UnitOfWork unitOfWork, NpgsqlDataSource dataSource, ICurrentUser currentUser, TimeProvider timeProvider)
    : IAuditTrail, IAuditBatch
{
    private const string InsertSql = """
        INSERT INTO audit.audit_trail (occurred_at, actor, module, action, subject_type, subject_id, details)
        VALUES (@OccurredAt, @Actor, @Module, @Action, @SubjectType, @SubjectId, @Details::jsonb)
        """;

    private const string InsertManySql = """
        INSERT INTO audit.audit_trail (occurred_at, actor, module, action, subject_type, subject_id, details)
        SELECT $1, actor, module, action, subject_type, subject_id, details::jsonb
        FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[])
             AS e(actor, module, action, subject_type, subject_id, details)
        """;

    public async Task RecordAsync(AuditEntry entry, CancellationToken cancellationToken)
    {
        var parameters = new
        {
            OccurredAt = timeProvider.GetUtcNow(),
            Actor = entry.Actor ?? currentUser.UserName,
            entry.Module,
            entry.Action,
            entry.SubjectType,
            entry.SubjectId,
            Details = Serialize(entry.Details),
        };

        if (unitOfWork.IsActive)
        {
            await unitOfWork.Connection.ExecuteAsync(new CommandDefinition(InsertSql, parameters, unitOfWork.Transaction, cancellationToken: cancellationToken));
            return;
        }

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(InsertSql, parameters, cancellationToken: cancellationToken));
    }

    public async Task RecordAsync(IReadOnlyCollection<AuditEntry> entries, CancellationToken cancellationToken)
    {
        if (entries.Count == 0)
        {
            return;
        }

        if (!unitOfWork.IsActive)
        {
            throw new InvalidOperationException("Recording many audit entries needs a running unit of work.");
        }

        await using var batch = new NpgsqlBatch(unitOfWork.Connection, unitOfWork.Transaction) { BatchCommands = { CreateRecordCommand(entries) } };
        await batch.ExecuteNonQueryAsync(cancellationToken);
    }

    public NpgsqlBatchCommand CreateRecordCommand(IReadOnlyCollection<AuditEntry> entries)
    {
        var command = new NpgsqlBatchCommand(InsertManySql);
        command.Parameters.Add(new NpgsqlParameter { Value = timeProvider.GetUtcNow().UtcDateTime, NpgsqlDbType = NpgsqlDbType.TimestampTz });
        command.Parameters.Add(new NpgsqlParameter { Value = entries.Select(e => e.Actor ?? currentUser.UserName).ToArray() });
        command.Parameters.Add(new NpgsqlParameter { Value = entries.Select(e => e.Module).ToArray() });
        command.Parameters.Add(new NpgsqlParameter { Value = entries.Select(e => e.Action).ToArray() });
        command.Parameters.Add(new NpgsqlParameter { Value = entries.Select(e => e.SubjectType).ToArray() });
        command.Parameters.Add(new NpgsqlParameter { Value = entries.Select(e => e.SubjectId).ToArray() });
        command.Parameters.Add(new NpgsqlParameter { Value = entries.Select(e => Serialize(e.Details)).ToArray() });
        return command;
    }

    // Enums by name ("outcome": "PartlyWellFounded", not 1): the trail is read by people and must not change meaning when an enum does.
    private static readonly JsonSerializerOptions DetailsOptions = new(JsonSerializerOptions.Web) { Converters = { new JsonStringEnumConverter() } };

    private static string? Serialize(object? details) => details is null ? null : JsonSerializer.Serialize(details, DetailsOptions);
}

using Dapper;
using Klachten.BuildingBlocks.Application;
using Klachten.BuildingBlocks.Infrastructure.Data;
using Klachten.Modules.PreventiveAction.Application.Abstractions;

namespace Klachten.Modules.PreventiveAction.Infrastructure.Correspondence;

/// <summary>
/// Once-only by key: a second sweep (on this host or another, even at the same moment) meets the unique key, waits for the
/// first one's transaction and then inserts nothing.
/// </summary>
internal sealed class CorrespondenceRepository(IDbSession session, TimeProvider timeProvider,
    ICurrentUser currentUser) : ICorrespondenceRepository
{
    private const string InsertSql = """
        INSERT INTO preventive_action.correspondence
            (id, measure_id, kind, notification_key, recipient_name, recipient_email, subject, body, status, created_at, created_by,
             next_attempt_at)
        VALUES (@Id, @MeasureId, @Kind, @Key, @RecipientName, @RecipientEmail, @Subject, @Body, 'Pending', @CreatedAt, @CreatedBy,
             @CreatedAt)
        ON CONFLICT (notification_key) DO NOTHING
        RETURNING id
        """;

    public async Task<Guid?> RecordOnceAsync(OutgoingNotification notification, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        return await session.Connection.QuerySingleOrDefaultAsync<Guid?>(new CommandDefinition(InsertSql, new
        {
            Id = Guid.CreateVersion7(now),
            notification.MeasureId,
            Kind = notification.Kind.ToString(),
            notification.Key,
            notification.RecipientName,
            notification.RecipientEmail,
            notification.Letter.Subject,
            notification.Letter.Body,
            CreatedAt = now,
            CreatedBy = currentUser.UserName,
        }, session.Transaction, cancellationToken: cancellationToken));
    }
}

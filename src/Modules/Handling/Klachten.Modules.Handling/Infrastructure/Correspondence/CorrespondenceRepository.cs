using Dapper;
using Klachten.BuildingBlocks.Application;
using Klachten.BuildingBlocks.Infrastructure.Data;
using Klachten.Modules.Handling.Application.Abstractions;
using Klachten.Modules.Handling.Domain;

namespace Klachten.Modules.Handling.Infrastructure.Correspondence;

internal static class CorrespondenceStatus
{
    /// <summary>To be e-mailed (after commit, or by the sweep after a failure).</summary>
    public const string Pending = nameof(Pending);

    public const string Sent = nameof(Sent);

    /// <summary>A paper letter: printed and posted by the office; the system records it, it does not mail it.</summary>
    public const string SentByHand = nameof(SentByHand);
}

internal sealed class CorrespondenceRepository(
    IDbSession session, TimeProvider timeProvider, ICurrentUser currentUser) : ICorrespondenceRepository
{
    // A colleague's deadline notice that exists is skipped (ux_correspondence_colleague_notice): they are told once.
    private const string InsertSql = """
        INSERT INTO handling.correspondence
            (id, complaint_id, kind, channel, recipient_name, recipient_email, recipient_address, subject, body, status,
             created_at, created_by, sent_at, next_attempt_at)
        VALUES (@Id, @ComplaintId, @Kind, @Channel, @RecipientName, @RecipientEmail, @RecipientAddress, @Subject, @Body, @Status,
             @CreatedAt, @CreatedBy, @SentAt, @NextAttemptAt)
        ON CONFLICT DO NOTHING
        """;

    public async Task<Guid> RecordAsync(OutgoingCorrespondence correspondence, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var id = Guid.CreateVersion7(now);
        var byHand = correspondence.Channel == CorrespondenceChannel.Letter;
        await session.Connection.ExecuteAsync(new CommandDefinition(InsertSql, new
        {
            Id = id,
            correspondence.ComplaintId,
            Kind = correspondence.Kind.ToString(),
            Channel = correspondence.Channel.ToString(),
            correspondence.RecipientName,
            correspondence.RecipientEmail,
            correspondence.RecipientAddress,
            correspondence.Subject,
            correspondence.Body,
            Status = byHand ? CorrespondenceStatus.SentByHand : CorrespondenceStatus.Pending,
            CreatedAt = now,
            CreatedBy = currentUser.UserName,
            SentAt = byHand ? now : (DateTimeOffset?)null,
            NextAttemptAt = byHand ? (DateTimeOffset?)null : now,
        }, session.Transaction, cancellationToken: cancellationToken));
        return id;
    }
}

using Dapper;
using Klachten.BuildingBlocks.Infrastructure.Data;
using Klachten.Modules.Intake.Application.Common;

namespace Klachten.Modules.Intake.Infrastructure.Persistence;

internal sealed class CorrespondenceRepository(IDbSession session) : ICorrespondenceRepository
{
    private const string InsertSql = """
        INSERT INTO intake.correspondence (id, complaint_id, kind, channel, recipient_name, recipient_address, status, subject, body,
                                           created_at, sent_at, sent_by)
        SELECT * FROM unnest(@Ids, @ComplaintIds, @Kinds, @Channels, @RecipientNames, @RecipientAddresses, @Statuses, @Subjects, @Bodies,
                             @CreatedAts, @SentAts, @SentBys)
        """;

    // The draft from registration becomes the acknowledgement that goes; a complaint registered before drafts existed gets a new row.
    private const string SendAcknowledgementSql = """
        WITH draft AS (
            UPDATE intake.correspondence
            SET channel = @Channel::text, recipient_name = @RecipientName::text, recipient_address = @RecipientAddress::text,
                status = @Status::text, subject = @Subject::text, body = @Body::text, sent_at = @SentAt::timestamptz, sent_by = @SentBy::text
            WHERE id = (SELECT id FROM intake.correspondence
                        WHERE complaint_id = @ComplaintId AND kind = 'Acknowledgement' AND status = 'Draft'
                        ORDER BY created_at LIMIT 1)
            RETURNING id
        ), created AS (
            INSERT INTO intake.correspondence (id, complaint_id, kind, channel, recipient_name, recipient_address, status, subject, body,
                                               created_at, sent_at, sent_by)
            SELECT @Id, @ComplaintId, 'Acknowledgement', @Channel::text, @RecipientName::text, @RecipientAddress::text, @Status::text,
                   @Subject::text, @Body::text, @CreatedAt::timestamptz, @SentAt::timestamptz, @SentBy::text
            WHERE NOT EXISTS (SELECT 1 FROM draft)
            RETURNING id
        )
        SELECT id FROM draft UNION ALL SELECT id FROM created
        """;

    public async Task AddAsync(IReadOnlyCollection<CorrespondenceRecord> records, CancellationToken cancellationToken)
    {
        if (records.Count == 0)
        {
            return;
        }

        await session.Connection.ExecuteAsync(new CommandDefinition(InsertSql, new
        {
            Ids = records.Select(r => r.Id).ToArray(),
            ComplaintIds = records.Select(r => r.ComplaintId).ToArray(),
            Kinds = records.Select(r => r.Kind.ToString()).ToArray(),
            Channels = records.Select(r => r.Channel.ToString()).ToArray(),
            RecipientNames = records.Select(r => r.RecipientName).ToArray(),
            RecipientAddresses = records.Select(r => r.RecipientAddress).ToArray(),
            Statuses = records.Select(r => r.Status.ToString()).ToArray(),
            Subjects = records.Select(r => r.Subject).ToArray(),
            Bodies = records.Select(r => r.Body).ToArray(),
            CreatedAts = records.Select(r => r.CreatedAt.UtcDateTime).ToArray(),
            SentAts = records.Select(r => r.SentAt?.UtcDateTime).ToArray(),
            SentBys = records.Select(r => r.SentBy).ToArray(),
        }, session.Transaction, cancellationToken: cancellationToken));
    }

    public Task<Guid> SendAcknowledgementAsync(Guid complaintId, CorrespondenceRecord acknowledgement, CancellationToken cancellationToken) =>
        session.Connection.ExecuteScalarAsync<Guid>(new CommandDefinition(SendAcknowledgementSql, new
        {
            acknowledgement.Id,
            ComplaintId = complaintId,
            Channel = acknowledgement.Channel.ToString(),
            acknowledgement.RecipientName,
            acknowledgement.RecipientAddress,
            Status = acknowledgement.Status.ToString(),
            acknowledgement.Subject,
            acknowledgement.Body,
            acknowledgement.CreatedAt,
            acknowledgement.SentAt,
            acknowledgement.SentBy,
        }, session.Transaction, cancellationToken: cancellationToken));
}

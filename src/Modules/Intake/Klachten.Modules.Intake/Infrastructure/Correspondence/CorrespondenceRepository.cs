using Dapper;
using Klachten.BuildingBlocks.Infrastructure.Data;
using Klachten.Modules.Intake.Application.Abstractions;
using Npgsql;

namespace Klachten.Modules.Intake.Infrastructure.Correspondence;

internal sealed class CorrespondenceRepository(IDbSession session) : ICorrespondenceRepository
{
    // A colleague's notice that exists is skipped (ux_correspondence_colleague_notice): they are told once per complaint.
    private const string InsertSql = """
        INSERT INTO intake.correspondence (id, complaint_id, kind, channel, recipient_name, recipient_address, status, subject, body,
                                           created_at, sent_at, sent_by)
        SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[],
                             $10::timestamptz[], $11::timestamptz[], $12::text[])
        ON CONFLICT DO NOTHING
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

    private const string ForPostingSql = """
        SELECT id, kind, channel, status, recipient_name, recipient_address, subject, body, sent_at
        FROM intake.correspondence
        WHERE id = @LetterId AND complaint_id = @ComplaintId
        FOR UPDATE
        """;

    private const string MarkPostedSql = """
        UPDATE intake.correspondence SET status = 'Posted', posted_at = @PostedAt, posted_by = @PostedBy WHERE id = @LetterId
        """;

    public Task<StoredLetter?> GetForPostingAsync(Guid complaintId, Guid letterId, CancellationToken cancellationToken) =>
        session.Connection.QuerySingleOrDefaultAsync<StoredLetter?>(new CommandDefinition(ForPostingSql,
            new { ComplaintId = complaintId, LetterId = letterId }, session.Transaction, cancellationToken: cancellationToken));

    public Task MarkPostedAsync(Guid letterId, DateTimeOffset postedAt, string postedBy, CancellationToken cancellationToken) =>
        session.Connection.ExecuteAsync(new CommandDefinition(MarkPostedSql, new { LetterId = letterId, PostedAt = postedAt, PostedBy = postedBy },
            session.Transaction, cancellationToken: cancellationToken));

    public async Task AddAsync(IReadOnlyCollection<CorrespondenceRecord> records, CancellationToken cancellationToken)
    {
        if (records.Count == 0)
        {
            return;
        }

        await using var batch = new NpgsqlBatch(session.Connection, session.Transaction) { BatchCommands = { InsertCommand(records) } };
        await batch.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>One INSERT for all records, to run alone or inside a larger NpgsqlBatch (registration).</summary>
    internal static NpgsqlBatchCommand InsertCommand(IReadOnlyCollection<CorrespondenceRecord> records)
    {
        var command = new NpgsqlBatchCommand(InsertSql);
        void Add<T>(IEnumerable<T> values) => command.Parameters.Add(new NpgsqlParameter { Value = values.ToArray() });
        Add(records.Select(r => r.Id));
        Add(records.Select(r => r.ComplaintId));
        Add(records.Select(r => r.Kind.ToString()));
        Add(records.Select(r => r.Channel.ToString()));
        Add(records.Select(r => r.RecipientName));
        Add(records.Select(r => r.RecipientAddress));
        Add(records.Select(r => r.Status.ToString()));
        Add(records.Select(r => r.Subject));
        Add(records.Select(r => r.Body));
        Add(records.Select(r => r.CreatedAt.UtcDateTime));
        Add(records.Select(r => r.SentAt?.UtcDateTime));
        Add(records.Select(r => r.SentBy));
        return command;
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

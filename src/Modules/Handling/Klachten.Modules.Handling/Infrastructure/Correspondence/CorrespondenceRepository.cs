using System.ComponentModel;
using Dapper;
using Klachten.BuildingBlocks.Application;
using Klachten.BuildingBlocks.Infrastructure.Data;
using Klachten.Modules.Handling.Application.Abstractions;
using Klachten.Modules.Handling.Domain;

namespace Klachten.Modules.Handling.Infrastructure.Correspondence;

/// <summary>Where a letter of Handling stands, with the label a screen shows (the API document lists them).</summary>
internal static class CorrespondenceStatus
{
    /// <summary>To be e-mailed (after commit, or by the sweep after a failure).</summary>
    [Description("Wacht op verzending")]
    public const string Pending = nameof(Pending);

    [Description("Verzonden")]
    public const string Sent = nameof(Sent);

    /// <summary>A paper letter, printed (its PDF is at .../correspondence/{id}.pdf): the office posts it, the system does not mail it.</summary>
    [Description("Afgedrukt, nog te posten")]
    public const string Printed = nameof(Printed);

    /// <summary>A paper letter recorded as posted, with who posted it and when.</summary>
    [Description("Gepost")]
    public const string Posted = nameof(Posted);
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

    private const string ForPostingSql = """
        SELECT id, kind, channel, status FROM handling.correspondence
        WHERE id = @LetterId AND complaint_id = @ComplaintId
        FOR UPDATE
        """;

    private const string MarkPostedSql = """
        UPDATE handling.correspondence SET status = 'Posted', posted_at = @PostedAt, posted_by = @PostedBy WHERE id = @LetterId
        """;

    public Task<StoredLetter?> GetForPostingAsync(Guid complaintId, Guid letterId, CancellationToken cancellationToken) =>
        session.Connection.QuerySingleOrDefaultAsync<StoredLetter?>(new CommandDefinition(ForPostingSql,
            new { ComplaintId = complaintId, LetterId = letterId }, session.Transaction, cancellationToken: cancellationToken));

    public Task MarkPostedAsync(Guid letterId, DateTimeOffset postedAt, string postedBy, CancellationToken cancellationToken) =>
        session.Connection.ExecuteAsync(new CommandDefinition(MarkPostedSql, new { LetterId = letterId, PostedAt = postedAt, PostedBy = postedBy },
            session.Transaction, cancellationToken: cancellationToken));

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
            Status = byHand ? CorrespondenceStatus.Printed : CorrespondenceStatus.Pending,
            CreatedAt = now,
            CreatedBy = currentUser.UserName,
            SentAt = byHand ? now : (DateTimeOffset?)null,
            NextAttemptAt = byHand ? (DateTimeOffset?)null : now,
        }, session.Transaction, cancellationToken: cancellationToken));
        return id;
    }
}

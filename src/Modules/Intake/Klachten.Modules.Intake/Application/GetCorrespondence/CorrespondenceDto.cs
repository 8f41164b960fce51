namespace Klachten.Modules.Intake.Application.GetCorrespondence;

/// <summary>
/// One written communication. Status: Draft (the acknowledgement awaiting an officer), Pending (an e-mail to be sent or
/// retried: see attempts and lastError), Sent, SentByHand (a postal letter). Subject and body of a draft are a preview
/// rendered from the current data; once sent they are what was sent.
/// </summary>
internal sealed record CorrespondenceDto(
    Guid Id,
    string Type,
    string Channel,
    string Status,
    string? RecipientName,
    string? Recipient,
    string Subject,
    string Body,
    DateTimeOffset CreatedAt,
    DateTimeOffset? SentAt,
    string? SentBy,
    int Attempts,
    string? LastError,
    DateTimeOffset? NextAttemptAt);

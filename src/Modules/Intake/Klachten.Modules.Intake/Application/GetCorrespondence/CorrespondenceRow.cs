namespace Klachten.Modules.Intake.Application.GetCorrespondence;

/// <summary>A row of intake.correspondence; <see cref="Mapping.IntakeProfile"/> turns it into the shared correspondence shape.</summary>
internal sealed record CorrespondenceRow(
    Guid Id, string Kind, string Channel, string Status, string? RecipientName, string? RecipientAddress, string? Subject, string? Body,
    DateTimeOffset CreatedAt, DateTimeOffset? SentAt, string? SentBy, int Attempts, string? LastError, DateTimeOffset? NextAttemptAt,
    DateTimeOffset? PostedAt, string? PostedBy);

namespace Klachten.Modules.Classification.Application.GetClassification;

/// <summary>The current classification of a complaint and every version before it (oldest first).</summary>
internal sealed record ClassificationDto(
    Guid ComplaintId,
    string Reference,
    DateTimeOffset ReceivedAt,
    bool IsClassified,
    int Version,
    IReadOnlyList<string> Categories,
    string? RootCause,
    string? RootCauseNote,
    DateTimeOffset? FirstClassifiedAt,
    DateTimeOffset? LastChangedAt,
    string? LastChangedBy,
    IReadOnlyList<ClassificationVersionDto> History);

internal sealed record ClassificationVersionDto(
    int Version,
    string Change,
    IReadOnlyList<string> Categories,
    string? RootCause,
    string? RootCauseNote,
    string? Reason,
    string ChangedBy,
    DateTimeOffset ChangedAt);

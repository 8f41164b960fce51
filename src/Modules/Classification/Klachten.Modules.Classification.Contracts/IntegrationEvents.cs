namespace Klachten.Modules.Classification.Contracts;

/// <summary>
/// The quality manager classified a complaint, recorded its cause, or changed an earlier classification.
/// Carries the complete current classification (not a delta), so a receiver can simply keep the latest
/// <see cref="Version"/> per complaint. <see cref="IsReclassification"/> is true for every version after the first.
/// </summary>
public sealed record ComplaintClassified(
    Guid ComplaintId,
    string Reference,
    IReadOnlyList<string> Categories,
    string? RootCause,
    string? RootCauseNote,
    DateTimeOffset ClassifiedAt,
    string ClassifiedBy,
    int Version,
    bool IsReclassification,
    string? Reason);

namespace Klachten.Modules.Classification.Contracts;

/// <summary>
/// A complaint's classification for the one complaint view (ADR 0017), as the current user may see it: Classification applies
/// its own confidentiality rule. Nothing is audited here: the view audits the one read it answers.
/// </summary>
public interface IComplaintClassifications
{
    /// <summary>The classification, or null when Classification has not heard of the complaint (yet).</summary>
    Task<ComplaintClassificationView?> GetAsync(Guid complaintId, CancellationToken cancellationToken);
}

/// <param name="MayRead">whether the user may see the classification (quality manager, management, the handling officer); when
/// false, categories, root cause and history are empty</param>
/// <param name="Version">0 while unclassified; the ETag of GET /api/classification/complaints/{id}</param>
/// <param name="AllowedActions">classify, for the quality manager</param>
public sealed record ComplaintClassificationView(
    Guid ComplaintId,
    bool IsClassified,
    bool MayRead,
    int Version,
    IReadOnlyList<string> Categories,
    string? RootCause,
    string? RootCauseNote,
    IReadOnlyList<ClassificationStep> History,
    IReadOnlyList<string> AllowedActions);

/// <param name="Change">Classified, RootCauseRecorded or Reclassified</param>
public sealed record ClassificationStep(int Version, string Change, IReadOnlyList<string> Categories, string? RootCause, string? Reason,
    string ChangedBy, DateTimeOffset ChangedAt);

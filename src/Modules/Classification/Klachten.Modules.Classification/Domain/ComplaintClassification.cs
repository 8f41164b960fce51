using Klachten.BuildingBlocks.Domain;

namespace Klachten.Modules.Classification.Domain;

/// <summary>What a version of a classification changed.</summary>
internal enum ClassificationChange
{
    /// <summary>The first classification of the complaint.</summary>
    Classified,

    /// <summary>The cause was recorded where none was yet, categories unchanged: the usual "cause known after handling".</summary>
    RootCauseRecorded,

    /// <summary>Anything else after the first classification: needs a reason.</summary>
    Reclassified,
}

/// <summary>The complete classification the quality manager asks for: categories (canonical codes) and cause.</summary>
internal sealed record ClassificationProposal
{
    private ClassificationProposal(IReadOnlyList<string> categories, string? rootCause, string? rootCauseNote)
    {
        Categories = categories;
        RootCause = rootCause;
        RootCauseNote = rootCauseNote;
    }

    public IReadOnlyList<string> Categories { get; }
    public string? RootCause { get; }
    public string? RootCauseNote { get; }

    /// <summary>
    /// At least one category, no duplicates ("een klacht kan in meerdere klassen worden ingedeeld", each once).
    /// Categories are kept in ordinal order so that two proposals with the same set compare equal.
    /// A note explains a cause, so there is no note without a cause.
    /// </summary>
    public static ClassificationProposal Create(IEnumerable<string> categories, string? rootCause, string? rootCauseNote)
    {
        var list = categories.ToList();
        if (list.Count == 0)
        {
            throw new DomainRuleException("category_required", "A complaint is classified into at least one category.", RuleKind.Unprocessable);
        }

        if (list.Distinct(StringComparer.OrdinalIgnoreCase).Count() != list.Count)
        {
            throw new DomainRuleException("duplicate_category", "A complaint is classified into each category at most once.", RuleKind.Unprocessable);
        }

        var cause = string.IsNullOrWhiteSpace(rootCause) ? null : rootCause.Trim();
        var note = string.IsNullOrWhiteSpace(rootCauseNote) ? null : rootCauseNote.Trim();
        if (cause is null && note is not null)
        {
            throw new DomainRuleException("root_cause_note_without_root_cause", "A note on the cause needs a root cause.", RuleKind.Unprocessable);
        }

        return new ClassificationProposal(list.Order(StringComparer.Ordinal).ToArray(), cause, note);
    }

    public bool SameCategoriesAs(IReadOnlyList<string> categories) =>
        Categories.Count == categories.Count && Categories.ToHashSet(StringComparer.Ordinal).SetEquals(categories);
}

/// <summary>One version of a classification, as kept forever in the history.</summary>
internal sealed record ClassificationVersion(
    Guid ComplaintId,
    int Version,
    ClassificationChange Change,
    IReadOnlyList<string> Categories,
    string? RootCause,
    string? RootCauseNote,
    string? Reason,
    string ChangedBy,
    DateTimeOffset ChangedAt);

/// <summary>
/// The classification of one complaint the module heard of (through ComplaintRegistered). Version 0 means
/// "in the queue, not yet classified". Every change makes a new version; nothing is overwritten without trace.
/// </summary>
internal sealed class ComplaintClassification
{
    private ComplaintClassification(Guid complaintId, string reference, int version, IReadOnlyList<string> categories,
        string? rootCause, string? rootCauseNote)
    {
        ComplaintId = complaintId;
        Reference = reference;
        Version = version;
        Categories = categories;
        RootCause = rootCause;
        RootCauseNote = rootCauseNote;
    }

    public Guid ComplaintId { get; }
    public string Reference { get; }
    public int Version { get; private set; }
    public IReadOnlyList<string> Categories { get; private set; }
    public string? RootCause { get; private set; }
    public string? RootCauseNote { get; private set; }
    public bool IsClassified => Version > 0;

    public static ComplaintClassification Unclassified(Guid complaintId, string reference) =>
        new(complaintId, reference, 0, [], null, null);

    public static ComplaintClassification Rehydrate(Guid complaintId, string reference, int version,
        IReadOnlyList<string> categories, string? rootCause, string? rootCauseNote) =>
        new(complaintId, reference, version, categories, rootCause, rootCauseNote);

    /// <summary>What applying the proposal would change; null when it changes nothing (a repeated PUT).</summary>
    public ClassificationChange? ChangeOf(ClassificationProposal proposal)
    {
        if (!IsClassified)
        {
            return ClassificationChange.Classified;
        }

        var sameCategories = proposal.SameCategoriesAs(Categories);
        if (sameCategories && proposal.RootCause == RootCause && proposal.RootCauseNote == RootCauseNote)
        {
            return null;
        }

        return sameCategories && RootCause is null && proposal.RootCause is not null
            ? ClassificationChange.RootCauseRecorded
            : ClassificationChange.Reclassified;
    }

    /// <summary>
    /// A reason is required for every change after the first classification, except recording a cause where none
    /// was recorded yet: that completes the classification, it does not correct it.
    /// </summary>
    public bool RequiresReason(ClassificationProposal proposal) => ChangeOf(proposal) == ClassificationChange.Reclassified;

    /// <summary>Applies the proposal and returns the new version, or null when nothing changes.</summary>
    public ClassificationVersion? Apply(ClassificationProposal proposal, string? reason, string changedBy, DateTimeOffset changedAt)
    {
        var change = ChangeOf(proposal);
        if (change is null)
        {
            return null;
        }

        var trimmedReason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        if (change == ClassificationChange.Reclassified && trimmedReason is null)
        {
            throw new DomainRuleException("reason_required", "A change to an earlier classification needs a reason.", RuleKind.Unprocessable);
        }

        Version++;
        Categories = proposal.Categories;
        RootCause = proposal.RootCause;
        RootCauseNote = proposal.RootCauseNote;
        return new ClassificationVersion(ComplaintId, Version, change.Value, Categories, RootCause, RootCauseNote,
            trimmedReason, changedBy, changedAt);
    }
}

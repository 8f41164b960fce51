using Klachten.BuildingBlocks.Domain;

namespace Klachten.Modules.Analysis.Domain;

/// <summary>The rules of a yearly analysis's versions: numbered from 1, nothing overwritten, a correction says why.</summary>
internal static class Publication
{
    public const string CorrectionReasonRequired = "correction_reason_required";
    public const string NothingToCorrect = "nothing_to_correct";
    public const int MaxReasonLength = 2000;

    /// <summary>The number the next version gets, given the highest published so far (0 for none).</summary>
    public static int NextVersion(int latestVersion, string? correctionReason)
    {
        if (latestVersion > 0 && string.IsNullOrWhiteSpace(correctionReason))
        {
            throw new DomainRuleException(CorrectionReasonRequired,
                $"Version {latestVersion} is published: a later version is a correction and needs a correctionReason.", RuleKind.Unprocessable);
        }

        if (latestVersion == 0 && !string.IsNullOrWhiteSpace(correctionReason))
        {
            throw new DomainRuleException(NothingToCorrect, "No version is published yet: the first version corrects nothing.", RuleKind.Unprocessable);
        }

        return latestVersion + 1;
    }
}

/// <summary>A recommendation on the draft: the quality manager's text and what it addresses. Withdrawn, never deleted.</summary>
internal static class Recommendation
{
    public const int MaxTextLength = 4000;
    public const string Withdrawn = "recommendation_withdrawn";

    public static void EnsureOpen(DateTimeOffset? withdrawnAt)
    {
        if (withdrawnAt is not null)
        {
            throw new DomainRuleException(Withdrawn, "The recommendation was withdrawn; add a new one instead.", RuleKind.Conflict);
        }
    }
}

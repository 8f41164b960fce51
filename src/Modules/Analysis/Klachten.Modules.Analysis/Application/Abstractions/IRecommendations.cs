namespace Klachten.Modules.Analysis.Application.Abstractions;

/// <summary>
/// The draft's recommendations, in the running unit of work (writes) or on their own connection (reads). Each has a row
/// version (ADR 0018): the lock checks the request's If-Match against it, a save raises it and answers it as the ETag.
/// </summary>
internal interface IRecommendations
{
    Task AddAsync(RecommendationRecord recommendation, CancellationToken cancellationToken);

    /// <summary>
    /// Locked until the transaction ends; null when the year has no such recommendation. A request whose If-Match is not the
    /// loaded version is refused here (412), before any rule of the draft answers.
    /// </summary>
    Task<RecommendationRecord?> GetForUpdateAsync(int year, Guid id, CancellationToken cancellationToken);

    /// <summary>Saves the change at the version the request expects (its If-Match, else the loaded one) and raises it.</summary>
    Task<RecommendationRecord> UpdateAsync(RecommendationRecord recommendation, CancellationToken cancellationToken);

    /// <summary>One recommendation of the year as it stands; null when there is none.</summary>
    Task<RecommendationRecord?> FindAsync(int year, Guid id, CancellationToken cancellationToken);

    /// <summary>The year's recommendations in the order they were written; withdrawn ones only when asked.</summary>
    Task<IReadOnlyList<RecommendationRecord>> ListAsync(int year, bool withWithdrawn, CancellationToken cancellationToken);
}

internal sealed record RecommendationRecord(
    Guid Id, int Year, string Text, IReadOnlyList<string> Categories, IReadOnlyList<string> RootCauses, string SuggestedKind,
    DateTimeOffset CreatedAt, string CreatedBy, DateTimeOffset? ChangedAt, string? ChangedBy, DateTimeOffset? WithdrawnAt, string? WithdrawnBy,
    int Version);

/// <summary>The version of a year's draft as a whole (ADR 0018).</summary>
internal static class DraftVersion
{
    /// <summary>
    /// The sum of the versions of every recommendation of the year, withdrawn ones included: a recommendation is never deleted
    /// and each add (version 1), change or withdrawal raises one version by one, so the sum rises with every change of the draft
    /// and names one state of it. 0 for a year without recommendations.
    /// </summary>
    public static int Of(IEnumerable<RecommendationRecord> withWithdrawn) => withWithdrawn.Sum(r => r.Version);
}

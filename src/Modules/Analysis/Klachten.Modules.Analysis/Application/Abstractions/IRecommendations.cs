namespace Klachten.Modules.Analysis.Application.Abstractions;

/// <summary>The draft's recommendations, in the running unit of work (writes) or on their own connection (reads).</summary>
internal interface IRecommendations
{
    Task AddAsync(RecommendationRecord recommendation, CancellationToken cancellationToken);

    /// <summary>Locked until the transaction ends; null when the year has no such recommendation.</summary>
    Task<RecommendationRecord?> GetForUpdateAsync(int year, Guid id, CancellationToken cancellationToken);

    Task UpdateAsync(RecommendationRecord recommendation, CancellationToken cancellationToken);

    /// <summary>The year's recommendations in the order they were written; withdrawn ones only when asked.</summary>
    Task<IReadOnlyList<RecommendationRecord>> ListAsync(int year, bool withWithdrawn, CancellationToken cancellationToken);
}

internal sealed record RecommendationRecord(
    Guid Id, int Year, string Text, IReadOnlyList<string> Categories, IReadOnlyList<string> RootCauses, string SuggestedKind,
    DateTimeOffset CreatedAt, string CreatedBy, DateTimeOffset? ChangedAt, string? ChangedBy, DateTimeOffset? WithdrawnAt, string? WithdrawnBy);

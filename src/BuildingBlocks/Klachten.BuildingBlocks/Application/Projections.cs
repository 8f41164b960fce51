namespace Klachten.BuildingBlocks.Application;

/// <summary>
/// A source module's history for projections (ADR 0014): regenerates, page by page from its own tables, the integration
/// events that describe each item's current state (e.g. a decided complaint gives ComplaintDecided). A projection that starts
/// late, or is rebuilt, gets these instead of the events that were delivered before it existed (and may have been removed).
/// The events are the same types, with the same meaning, as the live ones, so the projection's live handlers apply them.
/// </summary>
public interface IIntegrationEventHistory
{
    /// <summary>The source module's name (ModuleDescriptor.Name).</summary>
    string Module { get; }

    /// <summary>
    /// The events of at most <paramref name="limit"/> items after <paramref name="after"/> (keyset order of the source's key;
    /// null = from the start). The page's <see cref="IntegrationEventHistoryPage.Next"/> is null after the last item.
    /// </summary>
    Task<IntegrationEventHistoryPage> ReadAsync(Guid? after, int limit, CancellationToken cancellationToken);
}

/// <param name="Events">in the order a receiver would have seen them for each item</param>
/// <param name="Next">the key to continue after, or null when the history is complete</param>
public sealed record IntegrationEventHistoryPage(IReadOnlyList<object> Events, Guid? Next);

/// <summary>Rebuilds or seeds a projection (a module fed only by integration events) from the source modules' histories.</summary>
public interface IProjectionRebuilder
{
    /// <summary>
    /// Empties the projection's tables and feeds it every source's history; live events keep arriving meanwhile (the
    /// projection's handlers are idempotent and order-independent, ADR 0014). Returns how many events were fed.
    /// </summary>
    Task<long> RebuildAsync(string module, CancellationToken cancellationToken);

    /// <summary>Feeds the history once, when the projection was never seeded (its marker row is absent); else does nothing.</summary>
    Task<bool> SeedIfNeverSeededAsync(string module, CancellationToken cancellationToken);
}

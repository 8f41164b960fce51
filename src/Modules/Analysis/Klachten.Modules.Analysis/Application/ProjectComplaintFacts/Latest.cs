namespace Klachten.Modules.Analysis.Application.ProjectComplaintFacts;

internal static class Latest
{
    /// <summary>
    /// One event per complaint (the one with the greatest key), sorted by complaint: one upsert may touch a row once, and
    /// batches lock rows in the same order.
    /// </summary>
    public static IReadOnlyList<TFact> PerComplaint<TEvent, TKey, TFact>(IEnumerable<TEvent> events, Func<TEvent, Guid> complaint,
        Func<TEvent, TKey> key, Func<TEvent, TFact> fact) =>
        events.GroupBy(complaint).OrderBy(g => g.Key).Select(g => fact(g.MaxBy(key)!)).ToList();
}

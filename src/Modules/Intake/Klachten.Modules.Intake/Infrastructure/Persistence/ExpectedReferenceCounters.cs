namespace Klachten.Modules.Intake.Infrastructure.Persistence;

/// <summary>
/// The last reference number per year that this process wrote, so the next batch can be numbered without reading (and
/// locking) the counter first. Only a hint: the guard in the batch checks it, and a wrong hint costs one more attempt.
/// </summary>
internal sealed class ExpectedReferenceCounters
{
    private readonly Lock _lock = new();
    private readonly Dictionary<int, int> _lastNumbers = [];

    /// <summary>The expected last number of every year, or null when one of them is not known.</summary>
    public IReadOnlyDictionary<int, int>? TryGet(IReadOnlyCollection<int> years)
    {
        lock (_lock)
        {
            var known = new Dictionary<int, int>(years.Count);
            foreach (var year in years)
            {
                if (!_lastNumbers.TryGetValue(year, out var lastNumber))
                {
                    return null;
                }

                known[year] = lastNumber;
            }

            return known;
        }
    }

    public void Set(IEnumerable<(int Year, int LastNumber)> counters)
    {
        lock (_lock)
        {
            foreach (var (year, lastNumber) in counters)
            {
                _lastNumbers[year] = lastNumber;
            }
        }
    }

    public void Forget(IEnumerable<int> years)
    {
        lock (_lock)
        {
            foreach (var year in years)
            {
                _lastNumbers.Remove(year);
            }
        }
    }
}

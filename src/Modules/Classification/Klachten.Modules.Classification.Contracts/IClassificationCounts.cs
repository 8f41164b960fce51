namespace Klachten.Modules.Classification.Contracts;

/// <summary>How many complaints wait for their first classification (GET /api/dashboard), computed in Classification.</summary>
public interface IClassificationCounts
{
    Task<int> CountWaitingAsync(CancellationToken cancellationToken);
}

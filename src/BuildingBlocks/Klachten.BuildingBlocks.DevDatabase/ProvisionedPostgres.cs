namespace Klachten.BuildingBlocks.DevDatabase;

/// <summary>A running PostgreSQL; disposing it stops what <see cref="PostgresProvisioner"/> started.</summary>
public sealed class ProvisionedPostgres : IAsyncDisposable
{
    private Func<ValueTask>? _stop;

    internal ProvisionedPostgres(string connectionString, string description, Func<ValueTask> stop)
    {
        ConnectionString = connectionString;
        Description = description;
        _stop = stop;
    }

    /// <summary>Npgsql connection string to the requested database.</summary>
    public string ConnectionString { get; }

    /// <summary>One line for the console: what was started, and where.</summary>
    public string Description { get; }

    public override string ToString() => Description;

    public ValueTask DisposeAsync()
    {
        var stop = Interlocked.Exchange(ref _stop, null);
        return stop is null ? ValueTask.CompletedTask : stop();
    }
}

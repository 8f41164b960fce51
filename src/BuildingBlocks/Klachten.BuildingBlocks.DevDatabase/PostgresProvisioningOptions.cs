namespace Klachten.BuildingBlocks.DevDatabase;

/// <summary>What <see cref="PostgresProvisioner"/> should provide.</summary>
public sealed class PostgresProvisioningOptions
{
    /// <summary>The database the connection string points at; created if missing.</summary>
    public string DatabaseName { get; init; } = "klachten";

    /// <summary>
    /// Null: throwaway data, removed on dispose (tests): a Docker container when an engine answers, else a local server
    /// with its data in the temp directory.
    /// Set: a persistent data directory for a local server (Development), reused across runs; a server an earlier,
    /// killed run left running on it is reused rather than failing.
    /// </summary>
    public string? DataDirectory { get; init; }

    /// <summary>Null: a free loopback port (for a persistent directory: the port of its last run if still free).</summary>
    public int? Port { get; init; }
}

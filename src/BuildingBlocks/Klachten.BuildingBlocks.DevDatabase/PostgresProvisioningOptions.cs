namespace Klachten.BuildingBlocks.DevDatabase;

/// <summary>What <see cref="PostgresProvisioner"/> should provide.</summary>
public sealed class PostgresProvisioningOptions
{
    /// <summary>The database the connection string points at; created if missing.</summary>
    public string DatabaseName { get; init; } = "klachten";

    /// <summary>
    /// Null: a throwaway data directory in the temp directory, removed on dispose (tests).
    /// Set: a persistent data directory (Development), reused across runs; a server an earlier,
    /// killed run left running on it is reused rather than failing.
    /// </summary>
    public string? DataDirectory { get; init; }

    /// <summary>Null: a free loopback port (for a persistent directory: the port of its last run if still free).</summary>
    public int? Port { get; init; }

    /// <summary>Try a Testcontainers PostgreSQL container first when a Docker engine answers.</summary>
    public bool TryDocker { get; init; } = true;
}

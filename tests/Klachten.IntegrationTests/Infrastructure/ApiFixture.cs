using Dapper;
using Klachten.BuildingBlocks.DevDatabase;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Klachten.IntegrationTests.Infrastructure;

/// <summary>
/// One PostgreSQL database and one host for the whole test run. The database comes from KLACHTEN_TEST_POSTGRES (a server
/// connection string: a fresh database is created on it and dropped afterwards), else a Testcontainer where Docker
/// answers, else a throwaway local server started from the installed PostgreSQL binaries (ADR 0006).
/// </summary>
public sealed class ApiFixture : IAsyncLifetime
{
    public const string ExternalServerVariable = "KLACHTEN_TEST_POSTGRES";

    private ProvisionedPostgres? _provisioned;
    private string? _externalDatabase;
    private string? _truncateSql;
    private string? _pendingOutboxSql;

    /// <summary>
    /// The complaints officers the tests assign (a case can only be assigned to one the directory knows), and one colleague with an
    /// address and a name of their own; everyone else gets &lt;user&gt;@example.nl.
    /// </summary>
    public static IReadOnlyDictionary<string, string?> StaffSettings { get; } = new Dictionary<string, string?>
    {
        ["Staff:Addresses:officer.bakker"] = "w.bakker@kantoor.nl",
        ["Staff:Names:officer.bakker"] = "W. Bakker",
        ["Staff:Roles:officer.bakker"] = "ComplaintsOfficer",
        ["Staff:Roles:officer.devries"] = "ComplaintsOfficer",
        ["Staff:Roles:w_bakker-2"] = "ComplaintsOfficer",
        // A collection agent who is also a complaints officer: never the handler of a complaint about their own file.
        ["Staff:Roles:agent.jansen"] = "ComplaintsOfficer",
        ["Staff:Roles:qm.smit"] = "QualityManager",
    };

    public TestClock Clock { get; } = new();
    public string MailDirectory { get; } = Path.Combine(Path.GetTempPath(), $"klachten-mail-{Guid.NewGuid():N}");
    public string ConnectionString { get; private set; } = "";
    public KlachtenApiFactory Factory { get; private set; } = null!;
    public NpgsqlDataSource Db { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var external = Environment.GetEnvironmentVariable(ExternalServerVariable);
        if (!string.IsNullOrWhiteSpace(external))
        {
            _externalDatabase = $"klachten_test_{Guid.NewGuid():N}";
            await using (var admin = new NpgsqlConnection(external))
            {
                await admin.OpenAsync();
                await admin.ExecuteAsync($"CREATE DATABASE {_externalDatabase}");
            }

            ConnectionString = new NpgsqlConnectionStringBuilder(external) { Database = _externalDatabase }.ConnectionString;
        }
        else
        {
            _provisioned = await PostgresProvisioner.StartAsync(new PostgresProvisioningOptions { DatabaseName = "klachten_tests" });
            ConnectionString = _provisioned.ConnectionString;
        }

        Directory.CreateDirectory(MailDirectory);
        Db = NpgsqlDataSource.Create(ConnectionString);
        Factory = new KlachtenApiFactory(ConnectionString, Clock, MailDirectory, Foundation.Probe.ProbeModule.Register, StaffSettings);
        _ = Factory.Server; // starts the host: migrations run here
    }

    /// <summary>Empties every module table (not migration journals, not tables commented 'reference-data', not Hangfire).</summary>
    public async Task ResetAsync()
    {
        Clock.Set(TestClock.DefaultStart);
        foreach (var file in Directory.EnumerateFiles(MailDirectory))
        {
            File.Delete(file);
        }

        await using var connection = await Db.OpenConnectionAsync();
        _truncateSql ??= await BuildTruncateSqlAsync(connection);
        await WaitForOutboxDeliveryAsync(connection);
        await connection.ExecuteAsync(_truncateSql);
        // The truncate restarts the outbox positions, which never go back in production: claims start from the front again.
        Factory.Services.GetRequiredService<Klachten.BuildingBlocks.Infrastructure.Messaging.OutboxProcessor>().ForgetClaimPositions();
    }

    /// <summary>
    /// Lets the previous test's events finish delivery first, so that none lands in the next test's empty tables.
    /// Rows that already failed (attempts > 0) are not waited for.
    /// </summary>
    private async Task WaitForOutboxDeliveryAsync(NpgsqlConnection connection)
    {
        _pendingOutboxSql ??= await BuildPendingOutboxSqlAsync(connection);
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (await connection.ExecuteScalarAsync<long>(_pendingOutboxSql) > 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }
    }

    private static async Task<string> BuildPendingOutboxSqlAsync(NpgsqlConnection connection)
    {
        var outboxes = (await connection.QueryAsync<string>("""
            SELECT format('%I.%I', table_schema, table_name) FROM information_schema.tables WHERE table_name = 'outbox_messages'
            """)).ToList();
        return outboxes.Count == 0
            ? "SELECT 0::bigint"
            : "SELECT " + string.Join(" + ", outboxes.Select(t => $"(SELECT count(*) FROM {t} WHERE processed_at IS NULL AND attempts = 0)"));
    }

    private static async Task<string> BuildTruncateSqlAsync(NpgsqlConnection connection)
    {
        var tables = (await connection.QueryAsync<string>("""
            SELECT format('%I.%I', n.nspname, c.relname)
            FROM pg_class c
            JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE c.relkind IN ('r', 'p')
              AND n.nspname NOT IN ('pg_catalog', 'information_schema', 'hangfire', 'public')
              AND n.nspname NOT LIKE 'pg_%'
              AND c.relname <> 'schema_versions'
              AND coalesce(obj_description(c.oid, 'pg_class'), '') <> 'reference-data'
            """)).ToList();
        return tables.Count == 0 ? "SELECT 1" : $"TRUNCATE {string.Join(", ", tables)} RESTART IDENTITY CASCADE";
    }

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        await Db.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        if (_externalDatabase is not null)
        {
            await using var admin = new NpgsqlConnection(Environment.GetEnvironmentVariable(ExternalServerVariable));
            await admin.OpenAsync();
            await admin.ExecuteAsync($"DROP DATABASE IF EXISTS {_externalDatabase} WITH (FORCE)");
        }

        if (_provisioned is not null)
        {
            await _provisioned.DisposeAsync();
        }

        if (Directory.Exists(MailDirectory))
        {
            Directory.Delete(MailDirectory, recursive: true);
        }
    }
}

[CollectionDefinition(Name)]
public sealed class ApiCollection : ICollectionFixture<ApiFixture>
{
    public const string Name = "api";
}

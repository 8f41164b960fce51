using System.Reflection;
using DbUp;
using DbUp.Engine;
using DbUp.Engine.Output;
using Klachten.BuildingBlocks.Modules;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Klachten.BuildingBlocks.Infrastructure.Migrations;

/// <summary>
/// Applies numbered SQL scripts per schema at start-up: the audit schema, then for each module the shared
/// outbox/inbox scripts and the module's own scripts, journalled in the module's schema_versions table.
/// An advisory lock makes hosts that start together migrate one after the other.
/// </summary>
public sealed class DatabaseMigrator(string connectionString, ModuleRegistry modules, ILogger logger)
{
    private const long MigrationLockKey = 7_291_004_513;
    private const string SharedModuleScripts = "Klachten.BuildingBlocks.Infrastructure.Migrations.Module.";
    private const string AuditScripts = "Klachten.BuildingBlocks.Infrastructure.Migrations.Audit.";

    public void Migrate()
    {
        using var lockConnection = new NpgsqlConnection(connectionString);
        lockConnection.Open();
        using (var take = new NpgsqlCommand($"SELECT pg_advisory_lock({MigrationLockKey})", lockConnection))
        {
            take.ExecuteNonQuery();
        }

        try
        {
            var buildingBlocks = typeof(DatabaseMigrator).Assembly;
            Apply(lockConnection, "audit", buildingBlocks, name => name.StartsWith(AuditScripts, StringComparison.Ordinal));
            foreach (var module in modules.Modules)
            {
                Apply(lockConnection, module.Schema, buildingBlocks, name => name.StartsWith(SharedModuleScripts, StringComparison.Ordinal));
                var ownScripts = $"{module.ModuleAssembly.GetName().Name}.Infrastructure.Migrations.";
                Apply(lockConnection, module.Schema, module.ModuleAssembly, name => name.StartsWith(ownScripts, StringComparison.Ordinal));
            }
        }
        finally
        {
            using var release = new NpgsqlCommand($"SELECT pg_advisory_unlock({MigrationLockKey})", lockConnection);
            release.ExecuteNonQuery();
        }
    }

    private void Apply(NpgsqlConnection connection, string schema, Assembly assembly, Func<string, bool> filter)
    {
        using (var create = new NpgsqlCommand($"CREATE SCHEMA IF NOT EXISTS {schema}", connection))
        {
            create.ExecuteNonQuery();
        }

        var upgrader = DeployChanges.To
            .PostgresqlDatabase(connectionString, schema)
            .WithScriptsEmbeddedInAssembly(assembly, filter)
            .WithVariable("schema", schema)
            .JournalToPostgresqlTable(schema, "schema_versions")
            .WithTransactionPerScript()
            .LogTo(new DbUpLogger(logger))
            .Build();

        var result = upgrader.PerformUpgrade();
        if (!result.Successful)
        {
            throw new InvalidOperationException(
                $"Migration of schema '{schema}' failed in script {result.ErrorScript?.Name}: {result.Error.Message}", result.Error);
        }
    }

    private sealed class DbUpLogger(ILogger logger) : IUpgradeLog
    {
        public void LogTrace(string format, params object[] args) => logger.LogTrace(format, args);
        public void LogDebug(string format, params object[] args) => logger.LogDebug(format, args);
        public void LogInformation(string format, params object[] args) => logger.LogDebug(format, args);
        public void LogWarning(string format, params object[] args) => logger.LogWarning(format, args);
        public void LogError(string format, params object[] args) => logger.LogError(format, args);
        public void LogError(Exception ex, string format, params object[] args) => logger.LogError(ex, format, args);
    }
}

using Klachten.BuildingBlocks.Infrastructure.Migrations;
using Klachten.BuildingBlocks.Modules;
using Npgsql;

namespace Klachten.Host.Startup;

internal static class DatabaseStartup
{
    /// <summary>Applies every schema's migrations; refuses to start, saying why, when the database cannot be reached.</summary>
    public static bool TryMigrate(WebApplication app)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Klachten.Database");
        var connectionString = app.Configuration.GetConnectionString("Klachten")!;
        try
        {
            new DatabaseMigrator(connectionString, app.Services.GetRequiredService<ModuleRegistry>(), logger).Migrate();
            return true;
        }
        catch (Exception exception) when (exception is NpgsqlException or System.Net.Sockets.SocketException or TimeoutException)
        {
            var target = new NpgsqlConnectionStringBuilder(connectionString);
            logger.LogCritical(exception,
                "Cannot reach the database {Database} on {Host}:{Port} ({Reason}). Check ConnectionStrings:Klachten and that PostgreSQL runs. Not starting.",
                target.Database, target.Host, target.Port, exception.Message);
            return false;
        }
    }
}

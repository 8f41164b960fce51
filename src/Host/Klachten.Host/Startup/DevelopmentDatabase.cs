using Klachten.BuildingBlocks.DevDatabase;

namespace Klachten.Host.Startup;

internal static class DevelopmentDatabase
{
    /// <summary>
    /// Development only, and only when no ConnectionStrings:Klachten is configured: starts a PostgreSQL from the installed
    /// server binaries, with data under .klachten/ beside the Host, and points the configuration at it. Disposing stops it
    /// again. Compiled into Debug builds only (see the csproj).
    /// </summary>
    public static async Task<ProvisionedPostgres?> ProvideIfMissingAsync(WebApplicationBuilder builder)
    {
        if (!builder.Environment.IsDevelopment() || !string.IsNullOrEmpty(builder.Configuration.GetConnectionString("Klachten")))
        {
            return null;
        }

        var database = await PostgresProvisioner.StartAsync(
            new PostgresProvisioningOptions
            {
                DataDirectory = Path.Combine(builder.Environment.ContentRootPath, ".klachten", "postgres"),
                Port = builder.Configuration.GetValue("DevelopmentDatabase:Port", 55432),
            },
            message => Console.WriteLine($"[dev database] {message}"));
        builder.Configuration["ConnectionStrings:Klachten"] = database.ConnectionString;
        return database;
    }
}

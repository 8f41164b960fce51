using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Npgsql;

namespace Klachten.Host.Startup;

internal static class StartupBanner
{
    /// <summary>Says on the console which database the Host uses and where to find the API reference and the dashboard.</summary>
    public static void PrintWhenStarted(WebApplication app, string connectionString)
    {
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Klachten.Host");
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
                ?? "http://localhost";
            var database = new NpgsqlConnectionStringBuilder(connectionString);
            logger.LogInformation("Database: {Database} on {Host}:{Port}", database.Database, database.Host, database.Port);

            logger.LogInformation(
                "Klachten.Modular is running. API reference: {Address}/api-reference · OpenAPI: {Address}/openapi/v1.json · Job dashboard (Operations role): {Address}/hangfire · Health: {Address}/health/ready",
                address, address, address, address);
        });
    }
}

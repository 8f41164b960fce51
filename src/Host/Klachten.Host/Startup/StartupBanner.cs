using Klachten.BuildingBlocks.DevDatabase;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Klachten.Host.Startup;

internal static class StartupBanner
{
    /// <summary>Says on the console where to find the API reference and the dashboard, and which database was started.</summary>
    public static void PrintWhenStarted(WebApplication app, ProvisionedPostgres? developmentDatabase)
    {
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Klachten.Host");
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
                ?? "http://localhost";
            if (developmentDatabase is not null)
            {
                logger.LogInformation("Database: {Database}", developmentDatabase.Description);
            }

            logger.LogInformation(
                "Klachten.Modular is running. API reference: {Address}/api-reference · OpenAPI: {Address}/openapi/v1.json · Job dashboard (Operations role): {Address}/hangfire · Health: {Address}/health/ready",
                address, address, address, address);
        });
    }
}

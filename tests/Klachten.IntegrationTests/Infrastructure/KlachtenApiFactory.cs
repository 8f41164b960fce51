using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Klachten.IntegrationTests.Infrastructure;

/// <summary>The real host, in process, against the test run's PostgreSQL; only time and the token keys differ.</summary>
public sealed class KlachtenApiFactory(string connectionString, TestClock clock, string mailDirectory,
    Action<IServiceCollection>? configureServices = null, IReadOnlyDictionary<string, string?>? settings = null, string environment = "Testing")
    : WebApplicationFactory<Program>
{
    public static readonly TimeSpan ClaimLease = TimeSpan.FromSeconds(3);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        builder.UseSetting("ConnectionStrings:Klachten", connectionString);
        builder.UseSetting("Mail:Delivery", "PickupDirectory");
        builder.UseSetting("Mail:PickupDirectory", mailDirectory);
        builder.UseSetting("Jobs:ServerEnabled", "false");
        builder.UseSetting("Messaging:PollInterval", "00:00:00.200");
        // Shorter than the slow probe handler takes, so that every test also runs with leases renewed during delivery.
        builder.UseSetting("Messaging:ClaimLease", ClaimLease.ToString());
        // Tests register hundreds of complaints as one user; the limits have their own host in RateLimitingTests.
        builder.UseSetting("RateLimiting:Enabled", "false");
        foreach (var (key, value) in TestTokens.HostSettings)
        {
            builder.UseSetting(key, value);
        }

        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(clock);
            configureServices?.Invoke(services);
        });
    }
}

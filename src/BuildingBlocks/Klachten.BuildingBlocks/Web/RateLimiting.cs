using System.Globalization;
using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Klachten.BuildingBlocks.Web;

/// <summary>
/// Named rate limits an endpoint opts into with <c>.RequireRateLimiting(RateLimitPolicies.X)</c>, on top of the limit every
/// request of a user counts against. Each is per user (per address for anonymous requests), from configuration.
/// </summary>
public static class RateLimitPolicies
{
    /// <summary>Registering complaints: each one may e-mail a colleague, so one login must not flood inboxes.</summary>
    public const string Registrations = "registrations";

    /// <summary>Sending letters and e-mails to complainants (acknowledgements, decision letters).</summary>
    public const string Letters = "letters";
}

/// <summary>A fixed window: at most <see cref="PermitLimit"/> requests per <see cref="Window"/>.</summary>
public sealed class RateLimitRule
{
    public int PermitLimit { get; set; }

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
}

/// <summary>Section <c>RateLimiting</c>; <c>Enabled=false</c> switches every limit off (benchmarks, load tests).</summary>
public sealed class RateLimitingOptions
{
    public const string SectionName = "RateLimiting";

    public bool Enabled { get; set; } = true;

    /// <summary>Every request of one user: far above what a person clicks, low enough to stop a runaway script.</summary>
    public RateLimitRule PerUser { get; set; } = new() { PermitLimit = 600 };

    /// <summary>An office registers complaints by hand, from a form: 30 a minute is already a lot.</summary>
    public RateLimitRule Registrations { get; set; } = new() { PermitLimit = 30 };

    public RateLimitRule Letters { get; set; } = new() { PermitLimit = 30 };
}

public static class RateLimiting
{
    public static IServiceCollection AddKlachtenRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = configuration.GetSection(RateLimitingOptions.SectionName).Get<RateLimitingOptions>() ?? new RateLimitingOptions();
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = WriteTooManyRequestsAsync;
            options.AddPolicy(RateLimitPolicies.Registrations, context => Partition(context, RateLimitPolicies.Registrations, settings.Enabled, settings.Registrations));
            options.AddPolicy(RateLimitPolicies.Letters, context => Partition(context, RateLimitPolicies.Letters, settings.Enabled, settings.Letters));
            if (settings.Enabled)
            {
                options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                    context.Request.Path.StartsWithSegments("/health")
                        ? RateLimitPartition.GetNoLimiter("health")
                        : Partition(context, "all", enabled: true, settings.PerUser));
            }
        });
        return services;
    }

    private static RateLimitPartition<string> Partition(HttpContext context, string policy, bool enabled, RateLimitRule rule)
    {
        if (!enabled)
        {
            return RateLimitPartition.GetNoLimiter(policy);
        }

        return RateLimitPartition.GetFixedWindowLimiter($"{policy}:{UserKey(context)}", _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = rule.PermitLimit,
            Window = rule.Window,
            QueueLimit = 0,
            AutoReplenishment = true,
        });
    }

    // The rate limiter runs after authentication: a logged-in user counts as themselves wherever they connect from.
    private static string UserKey(HttpContext context) =>
        context.User is { Identity.IsAuthenticated: true } user
            ? "user:" + (user.Identity?.Name ?? user.FindFirstValue(ClaimTypes.NameIdentifier) ?? user.FindFirstValue("sub") ?? "?")
            : "address:" + context.Connection.RemoteIpAddress;

    private static async ValueTask WriteTooManyRequestsAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var seconds = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
            ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds))
            : 60;
        var context = rejected.HttpContext;
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status429TooManyRequests,
                Title = "Too Many Requests",
                Detail = $"You have sent more of these requests than the office's limit allows; try again in {seconds} seconds.",
            },
        });
    }
}

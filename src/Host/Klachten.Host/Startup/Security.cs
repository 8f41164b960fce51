using Hangfire;
using Klachten.BuildingBlocks.Application;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;

namespace Klachten.Host.Startup;

internal static class Security
{
    public const string OperationsPolicy = "Operations";

    /// <summary>
    /// JWT bearer everywhere. Development: tokens from `dotnet user-jwts` (issuer, audiences and signing keys come
    /// from the "Authentication:Schemes:Bearer" section and user secrets the tool writes). Elsewhere: the OpenID
    /// Connect authority and audience from configuration (ADR 0006).
    /// </summary>
    public static IServiceCollection AddKlachtenSecurity(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var authority = configuration["Authentication:Authority"];
        var hasDevelopmentKeys = configuration.GetSection("Authentication:Schemes:Bearer:SigningKeys").Exists();
        if (string.IsNullOrEmpty(authority) && !hasDevelopmentKeys && !environment.IsDevelopment())
        {
            throw new InvalidOperationException(
                "Authentication:Authority (the OpenID Connect authority) and Authentication:Audience must be configured outside Development.");
        }

        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer(options =>
            {
                if (!string.IsNullOrEmpty(authority))
                {
                    options.Authority = authority;
                    options.Audience = configuration["Authentication:Audience"];
                }
            });
        services.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, TakeSigningKeysOnce);

        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(OperationsPolicy, policy => policy.RequireRole(Roles.Operations));
        return services;
    }

    /// <summary>
    /// Keys from configuration (the user-jwts section) arrive as a lazy sequence that re-reads the configuration and
    /// decodes every key each time it is enumerated, and the handler copies the validation parameters, enumerating
    /// it, on every request. Reading the keys once takes that off every request; a changed key needs a restart.
    /// </summary>
    private static void TakeSigningKeysOnce(JwtBearerOptions options)
    {
        if (options.TokenValidationParameters.IssuerSigningKeys is { } keys)
        {
            options.TokenValidationParameters.IssuerSigningKeys = keys.ToArray();
        }
    }

    /// <summary>The job dashboard, for operations staff only: 401 without a login, 403 for any other role.</summary>
    public static void MapHangfireDashboardForOperations(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapHangfireDashboardWithAuthorizationPolicy(OperationsPolicy, "/hangfire",
            new DashboardOptions { DashboardTitle = "Klachten.Modular jobs", DisplayStorageConnectionString = false });
}

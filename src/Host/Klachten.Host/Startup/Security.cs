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

        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(OperationsPolicy, policy => policy.RequireRole(Roles.Operations));
        return services;
    }

    /// <summary>The job dashboard, for operations staff only: 401 without a login, 403 for any other role.</summary>
    public static void MapHangfireDashboardForOperations(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapHangfireDashboardWithAuthorizationPolicy(OperationsPolicy, "/hangfire",
            new DashboardOptions { DashboardTitle = "Klachten.Modular jobs", DisplayStorageConnectionString = false });
}

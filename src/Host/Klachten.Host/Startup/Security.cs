using System.Collections.Concurrent;
using System.Security.Claims;
using Hangfire;
using Klachten.BuildingBlocks.Application;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Authorization;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace Klachten.Host.Startup;

internal static class Security
{
    public const string OperationsPolicy = "Operations";
    public const string DashboardScheme = "Dashboard";
    public const string DashboardLoginScheme = "DashboardLogin";
    private const string DashboardCookieScheme = "DashboardCookie";

    /// <summary>
    /// JWT bearer everywhere. Development: tokens from `dotnet user-jwts` (issuer, audiences and signing keys come
    /// from the "Authentication:Schemes:Bearer" section and user secrets the tool writes). Elsewhere: the OpenID
    /// Connect authority and audience from configuration (ADR 0007).
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

        var authentication = services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer(options =>
            {
                if (!string.IsNullOrEmpty(authority))
                {
                    options.Authority = authority;
                    options.Audience = configuration["Authentication:Audience"];
                }
            });
        services.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, TakeSigningKeysOnce);
        var dashboardLogin = AddDashboardLogin(authentication, configuration.GetSection("Authentication:Dashboard"), authority);
        if (!dashboardLogin && environment.IsDevelopment())
        {
            DevelopmentDashboardLogin.Add(authentication, DashboardScheme);
            dashboardLogin = true;
        }

        if (dashboardLogin)
        {
            // A browser logged in by cookie sends that cookie with any request a foreign page makes it send: the dashboard's
            // actions (trigger, delete, requeue) then need the antiforgery token Hangfire puts in its pages.
            services.AddAntiforgery(options =>
            {
                options.Cookie.Name = "klachten-dashboard-antiforgery";
                options.Cookie.Path = "/hangfire";
            });
            var standard = services.Last(d => d.ServiceType == typeof(IAntiforgery));
            services.Remove(standard);
            services.AddSingleton<IAntiforgery>(provider => new BearerRequestsNeedNoAntiforgeryToken(
                (IAntiforgery)ActivatorUtilities.CreateInstance(provider, standard.ImplementationType!)));
        }

        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(OperationsPolicy, policy =>
            {
                policy.RequireRole(Roles.Operations);
                if (dashboardLogin)
                {
                    policy.AddAuthenticationSchemes(DashboardScheme);
                }
            });
        return services;
    }

    /// <summary>
    /// A browser sends no bearer token, so with <c>Authentication:Dashboard:ClientId</c> set the dashboard also accepts the
    /// identity provider's login (authorization code with PKCE; <c>Authority</c> defaults to <c>Authentication:Authority</c>,
    /// <c>ClientSecret</c> optional, <c>RoleClaim</c> the user-info claim with the roles, default "role"): a request without
    /// a bearer token is sent to log in and then carries a cookie valid for /hangfire only. A request with a bearer token is
    /// judged by that token alone. Without the setting the dashboard takes bearer tokens only (Development, tests).
    /// </summary>
    private static bool AddDashboardLogin(AuthenticationBuilder authentication, IConfigurationSection dashboard, string? authority)
    {
        var clientId = dashboard["ClientId"];
        if (string.IsNullOrEmpty(clientId))
        {
            return false;
        }

        var dashboardAuthority = dashboard["Authority"] ?? authority;
        if (string.IsNullOrEmpty(dashboardAuthority))
        {
            throw new InvalidOperationException("Authentication:Dashboard:ClientId needs Authentication:Dashboard:Authority or Authentication:Authority.");
        }

        authentication
            .AddPolicyScheme(DashboardScheme, "Bearer token or dashboard login", options => options.ForwardDefaultSelector = context =>
                context.Request.Headers.Authorization.Count > 0 ? JwtBearerDefaults.AuthenticationScheme : DashboardCookieScheme)
            .AddCookie(DashboardCookieScheme, options =>
            {
                options.Cookie.Name = "klachten-dashboard";
                options.Cookie.Path = "/hangfire";
                options.Cookie.HttpOnly = true;
                options.Cookie.SecurePolicy = CookieSecurePolicy.Always;
                options.Cookie.SameSite = SameSiteMode.Lax;
                options.ExpireTimeSpan = TimeSpan.FromHours(8);
                options.SlidingExpiration = false;
                options.ForwardChallenge = DashboardLoginScheme;
                // Logged in without the Operations role: 403, not a redirect to an MVC access-denied page this host does not have.
                options.Events.OnRedirectToAccessDenied = context =>
                {
                    context.Response.StatusCode = StatusCodes.Status403Forbidden;
                    return Task.CompletedTask;
                };
            })
            .AddOpenIdConnect(DashboardLoginScheme, options =>
            {
                options.Authority = dashboardAuthority;
                options.ClientId = clientId;
                options.ClientSecret = dashboard["ClientSecret"];
                options.ResponseType = OpenIdConnectResponseType.Code;
                options.UsePkce = true;
                options.SignInScheme = DashboardCookieScheme;
                options.CallbackPath = "/hangfire/signin-oidc";
                options.SaveTokens = false;
                options.GetClaimsFromUserInfoEndpoint = true;
                options.ClaimActions.MapJsonKey(ClaimTypes.Role, dashboard["RoleClaim"] ?? "role");
            });
        return true;
    }

    /// <summary>
    /// A request with a bearer token is judged by that token alone (the dashboard's policy scheme), and a browser never adds
    /// a bearer token by itself, so no foreign page can forge one: only cookie-borne requests need the antiforgery token.
    /// </summary>
    private sealed class BearerRequestsNeedNoAntiforgeryToken(IAntiforgery inner) : IAntiforgery
    {
        public AntiforgeryTokenSet GetAndStoreTokens(HttpContext httpContext) => inner.GetAndStoreTokens(httpContext);

        public AntiforgeryTokenSet GetTokens(HttpContext httpContext) => inner.GetTokens(httpContext);

        public Task<bool> IsRequestValidAsync(HttpContext httpContext) =>
            httpContext.Request.Headers.Authorization.Count > 0 ? Task.FromResult(true) : inner.IsRequestValidAsync(httpContext);

        public Task ValidateRequestAsync(HttpContext httpContext) =>
            httpContext.Request.Headers.Authorization.Count > 0 ? Task.CompletedTask : inner.ValidateRequestAsync(httpContext);

        public void SetCookieTokenAndHeader(HttpContext httpContext) => inner.SetCookieTokenAndHeader(httpContext);
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

        // The same claim mapping as the handler it replaces (role and name claims as the framework maps them).
        var mapInboundClaims = options.TokenHandlers.OfType<JsonWebTokenHandler>().FirstOrDefault()?.MapInboundClaims
            ?? options.MapInboundClaims;
        options.TokenHandlers.Clear();
        options.TokenHandlers.Add(new RememberingTokenHandler()
        {
            MapInboundClaims = mapInboundClaims,
        });
    }

    /// <summary>
    /// A client sends the same bearer token with every request, and the handler parsed it, checked its signature and built its
    /// claims each time: a fifth of the host's CPU for a POST refused by validation (bench/intake/PROFILE.md). A token string
    /// that validated gets the same answer again until it expires, because what decides it (keys, issuer, audience) is fixed
    /// for the process (the keys are read once, above): its identity is remembered by the exact token string for at most
    /// <see cref="Remember"/> and never past the token's expiry, and each request gets a copy of it. Refused tokens are
    /// validated every time (their errors say why).
    /// </summary>
    internal sealed class RememberingTokenHandler : JsonWebTokenHandler
    {
        public static readonly TimeSpan Remember = TimeSpan.FromMinutes(5);
        private const int MaxTokens = 10_000;

        private readonly ConcurrentDictionary<string, Validated> _validated = new(StringComparer.Ordinal);

        private sealed record Validated(ClaimsIdentity Identity, SecurityToken Token, string? Issuer, string? TokenType, DateTime Until);

        public override async Task<TokenValidationResult> ValidateTokenAsync(string token, TokenValidationParameters validationParameters)
        {
            // The clock the token's lifetime is validated by (IdentityModel's, the system clock).
            var now = DateTime.UtcNow;
            if (_validated.TryGetValue(token, out var known))
            {
                if (now < known.Until)
                {
                    return new TokenValidationResult
                    {
                        IsValid = true,
                        ClaimsIdentity = known.Identity.Clone(),
                        SecurityToken = known.Token,
                        Issuer = known.Issuer,
                        TokenType = known.TokenType,
                    };
                }

                _validated.TryRemove(token, out _);
            }

            var result = await base.ValidateTokenAsync(token, validationParameters);
            if (result is { IsValid: true, ClaimsIdentity: { } identity, SecurityToken: { ValidTo: var validTo } securityToken }
                && validTo > now)
            {
                if (_validated.Count >= MaxTokens)
                {
                    _validated.Clear();
                }

                var until = validTo < now + Remember ? validTo : now + Remember;
                _validated[token] = new Validated(identity.Clone(), securityToken, result.Issuer, result.TokenType, until);
            }

            return result;
        }
    }

    /// <summary>
    /// The job dashboard, for operations staff only: without a login 401 (or, with the dashboard login configured, off to
    /// the identity provider; in Development to the token form of <see cref="DevelopmentDashboardLogin"/>), 403 for any other role.
    /// With the dashboard login (a cookie) its POST actions need Hangfire's antiforgery token unless they carry a bearer token;
    /// with bearer tokens only there is no cookie to abuse and scripts keep posting without one.
    /// </summary>
    public static void MapHangfireDashboardForOperations(this IEndpointRouteBuilder endpoints)
    {
        var cookieLogin = !string.IsNullOrEmpty(endpoints.ServiceProvider.GetRequiredService<IConfiguration>()["Authentication:Dashboard:ClientId"]);
        if (!cookieLogin && endpoints.ServiceProvider.GetRequiredService<IHostEnvironment>().IsDevelopment())
        {
            DevelopmentDashboardLogin.Map(endpoints);
            cookieLogin = true;
        }

        endpoints.MapHangfireDashboardWithAuthorizationPolicy(OperationsPolicy, "/hangfire", new DashboardOptions
        {
            DashboardTitle = "Klachten.Modular jobs",
            DisplayStorageConnectionString = false,
            IgnoreAntiforgeryToken = !cookieLogin,
        });
    }
}

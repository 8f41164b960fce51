using System.Net;
using System.Security.Claims;
using Klachten.BuildingBlocks.Application;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace Klachten.Host.Startup;

/// <summary>
/// Development only (never mapped elsewhere): a browser cannot send a bearer header, so /hangfire/login takes a token from
/// `dotnet user-jwts create --role Operations` once, in a small form, checks it as the API checks bearer tokens, and leaves a
/// short-lived cookie valid for /hangfire only (HttpOnly, SameSite=Strict). Every dashboard request is still judged by the
/// Operations policy, and its actions still need Hangfire's antiforgery token, as with the production login.
/// </summary>
internal static class DevelopmentDashboardLogin
{
    public const string CookieScheme = "DashboardDevelopmentCookie";
    public const string CookieName = "klachten-dashboard-dev";
    public const string LoginPath = "/hangfire/login";
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(30);

    public static void Add(AuthenticationBuilder authentication, string dashboardScheme) => authentication
        .AddPolicyScheme(dashboardScheme, "Bearer token or development dashboard cookie", options => options.ForwardDefaultSelector = context =>
            context.Request.Headers.Authorization.Count > 0 ? JwtBearerDefaults.AuthenticationScheme : CookieScheme)
        .AddCookie(CookieScheme, options =>
        {
            options.Cookie.Name = CookieName;
            options.Cookie.Path = "/hangfire";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.ExpireTimeSpan = Lifetime;
            options.SlidingExpiration = false;
            options.LoginPath = LoginPath;
            options.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(LoginPath, () => Page(null)).AllowAnonymous().ExcludeFromDescription();
        endpoints.MapPost(LoginPath, LogInAsync).AllowAnonymous().ExcludeFromDescription();
    }

    private static async Task<IResult> LogInAsync(HttpContext context, CancellationToken cancellationToken)
    {
        var form = await context.Request.ReadFormAsync(cancellationToken);
        var identity = await ValidateAsync(context.RequestServices, form["token"].ToString().Trim());
        if (identity is null)
        {
            return Page("This token is not valid here (expired, or not made by dotnet user-jwts for this project).", StatusCodes.Status401Unauthorized);
        }

        if (!identity.HasClaim(identity.RoleClaimType, Roles.Operations))
        {
            return Page("The dashboard is for the Operations role: dotnet user-jwts create --role Operations.", StatusCodes.Status403Forbidden);
        }

        // A session cookie whose ticket ends after Lifetime, by the host's clock.
        await context.SignInAsync(CookieScheme, new ClaimsPrincipal(identity), new AuthenticationProperties { IsPersistent = false });
        return Results.Redirect("/hangfire");
    }

    // The bearer scheme's own validation parameters and token handlers: the same token the API takes, no other.
    private static async Task<ClaimsIdentity?> ValidateAsync(IServiceProvider services, string token)
    {
        if (token.Length == 0)
        {
            return null;
        }

        var options = services.GetRequiredService<IOptionsMonitor<JwtBearerOptions>>().Get(JwtBearerDefaults.AuthenticationScheme);
        var parameters = options.TokenValidationParameters.Clone();
        if (options.ConfigurationManager is { } manager)
        {
            var configuration = await manager.GetConfigurationAsync(CancellationToken.None);
            parameters.ValidIssuers = [.. parameters.ValidIssuers ?? [], configuration.Issuer];
            parameters.IssuerSigningKeys = [.. parameters.IssuerSigningKeys ?? [], .. configuration.SigningKeys];
        }

        foreach (var handler in options.TokenHandlers)
        {
            var result = await handler.ValidateTokenAsync(token, parameters);
            if (result.IsValid)
            {
                return result.ClaimsIdentity;
            }
        }

        return null;
    }

    private static IResult Page(string? error, int status = StatusCodes.Status200OK) => Results.Content($$"""
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>Klachten.Modular jobs: log in (Development)</title></head>
        <body>
        <h1>Job dashboard (Development)</h1>
        <p>Paste a token from <code>dotnet user-jwts create --role Operations</code>. It is checked once; the dashboard then
        keeps a cookie for {{(int)Lifetime.TotalMinutes}} minutes.</p>
        {{(error is null ? "" : $"<p role=\"alert\"><strong>{WebUtility.HtmlEncode(error)}</strong></p>")}}
        <form method="post" action="{{LoginPath}}">
        <label for="token">Token</label><br>
        <textarea id="token" name="token" rows="6" cols="80" autocomplete="off" required></textarea><br>
        <button type="submit">Open the dashboard</button>
        </form>
        </body></html>
        """, "text/html; charset=utf-8", statusCode: status);
}

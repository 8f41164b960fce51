using System.Net;
using System.Net.Http.Headers;
using System.Security.Claims;
using Klachten.BuildingBlocks.Application;
using Klachten.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace Klachten.IntegrationTests.Foundation;

/// <summary>
/// With Authentication:Dashboard:ClientId set (production), a browser reaches the job dashboard through the identity
/// provider's login; bearer tokens keep working as before. The provider's metadata is given here instead of fetched.
/// </summary>
public sealed class DashboardLoginTests(ApiFixture fixture) : ApiTest(fixture)
{
    private const string Idp = "https://idp.example.test";

    private readonly KlachtenApiFactory _host = new(fixture.ConnectionString, fixture.Clock, fixture.MailDirectory,
        services => services.Configure<OpenIdConnectOptions>("DashboardLogin", options => options.Configuration = new OpenIdConnectConfiguration
        {
            Issuer = Idp,
            AuthorizationEndpoint = $"{Idp}/authorize",
            TokenEndpoint = $"{Idp}/token",
        }),
        new Dictionary<string, string?>
        {
            ["Authentication:Dashboard:ClientId"] = "klachten-dashboard",
            ["Authentication:Dashboard:Authority"] = Idp,
        });

    public override async Task DisposeAsync() => await _host.DisposeAsync();

    private HttpClient Browser(string? cookie = null)
    {
        var client = _host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        if (cookie is not null)
        {
            client.DefaultRequestHeaders.Add("Cookie", $"klachten-dashboard={cookie}");
        }

        return client;
    }

    // The cookie the login would leave, made with the host's own cookie protection.
    private string LoginCookie(params string[] roles)
    {
        var options = _host.Services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get("DashboardCookie");
        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, "beheer"), .. roles.Select(r => new Claim(ClaimTypes.Role, r))], "DashboardLogin");
        return options.TicketDataFormat.Protect(new AuthenticationTicket(new ClaimsPrincipal(identity), "DashboardCookie"));
    }

    [Fact]
    public async Task A_browser_without_a_login_is_sent_to_the_identity_provider_with_PKCE()
    {
        var response = await Browser().GetAsync("/hangfire");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.ToString();
        Assert.StartsWith($"{Idp}/authorize?", location, StringComparison.Ordinal);
        Assert.Contains("client_id=klachten-dashboard", location, StringComparison.Ordinal);
        Assert.Contains("response_type=code", location, StringComparison.Ordinal);
        Assert.Contains("code_challenge_method=S256", location, StringComparison.Ordinal);
        Assert.Contains("redirect_uri=http%3A%2F%2Flocalhost%2Fhangfire%2Fsignin-oidc", location, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_login_with_the_Operations_role_opens_the_dashboard_and_one_without_it_is_refused()
    {
        var operations = await Browser(LoginCookie(Roles.Operations)).GetAsync("/hangfire");
        var qualityManager = await Browser(LoginCookie(Roles.QualityManager)).GetAsync("/hangfire");

        Assert.Equal(HttpStatusCode.OK, operations.StatusCode);
        Assert.Contains("Klachten.Modular jobs", await operations.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, qualityManager.StatusCode);
    }

    [Fact]
    public async Task A_request_with_a_bearer_token_is_judged_by_the_token_alone()
    {
        using var operations = Browser(LoginCookie(Roles.Operations));
        operations.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer",
            TestTokens.Create("beheer", [Roles.Operations], expires: DateTimeOffset.UtcNow.AddMinutes(-10)));
        using var employee = Browser();
        employee.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.Create("pietersen", [Roles.Employee]));

        Assert.Equal(HttpStatusCode.Unauthorized, (await operations.GetAsync("/hangfire")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await employee.GetAsync("/hangfire")).StatusCode);
    }

    [Fact]
    public async Task The_login_cookie_opens_nothing_but_the_dashboard()
    {
        var response = await Browser(LoginCookie(Roles.Operations, Roles.QualityManager)).GetAsync("/api/intake/complaints");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task With_the_cookie_login_a_dashboard_action_needs_the_antiforgery_token_of_the_dashboard_page()
    {
        var cookie = LoginCookie(Roles.Operations);
        var action = new FormUrlEncodedContent([new("jobs[]", "999999")]);

        // A foreign page making the logged-in browser post: the cookie alone is not enough.
        var forged = await Browser(cookie).PostAsync("/hangfire/jobs/enqueued/delete", action);

        // The dashboard's own page carries the token (and sets its cookie); its scripts send it in a header.
        var page = await Browser(cookie).GetAsync("/hangfire/jobs/enqueued");
        var html = await page.Content.ReadAsStringAsync();
        var header = System.Text.RegularExpressions.Regex.Match(html, "<meta name=\"csrf-header\" content=\"([^\"]+)\"").Groups[1].Value;
        var token = System.Text.RegularExpressions.Regex.Match(html, "<meta name=\"csrf-token\" content=\"([^\"]+)\"").Groups[1].Value;
        var antiforgeryCookie = page.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0])
            .Single(c => c.StartsWith("klachten-dashboard-antiforgery=", StringComparison.Ordinal));
        using var browser = Browser();
        browser.DefaultRequestHeaders.Add("Cookie", $"klachten-dashboard={cookie}; {antiforgeryCookie}");
        browser.DefaultRequestHeaders.Add(header, token);
        var genuine = await browser.PostAsync("/hangfire/jobs/enqueued/delete", new FormUrlEncodedContent([new("jobs[]", "999999")]));

        Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
        Assert.NotEqual("", token);
        Assert.True(genuine.IsSuccessStatusCode, $"the genuine action answered {(int)genuine.StatusCode}");
    }

    [Fact]
    public async Task A_request_with_a_bearer_token_posts_dashboard_actions_without_an_antiforgery_token()
    {
        using var operations = Browser();
        operations.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.Create("beheer", [Roles.Operations]));

        var response = await operations.PostAsync("/hangfire/jobs/enqueued/delete", new FormUrlEncodedContent([new("jobs[]", "999999")]));

        Assert.True(response.IsSuccessStatusCode, $"answered {(int)response.StatusCode}");
    }
}

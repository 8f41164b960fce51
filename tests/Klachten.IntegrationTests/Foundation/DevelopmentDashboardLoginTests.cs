using System.Net;
using System.Text.RegularExpressions;
using Klachten.BuildingBlocks.Application;
using Klachten.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Klachten.IntegrationTests.Foundation;

/// <summary>
/// In Development a browser opens /hangfire with a `dotnet user-jwts` token pasted once at /hangfire/login, which leaves a
/// short-lived HttpOnly, SameSite=Strict cookie for /hangfire only. Outside Development the route does not exist.
/// </summary>
public sealed class DevelopmentDashboardLoginTests(ApiFixture fixture) : ApiTest(fixture)
{
    private readonly KlachtenApiFactory _development = new(fixture.ConnectionString, fixture.Clock, fixture.MailDirectory,
        environment: "Development");

    public override async Task DisposeAsync() => await _development.DisposeAsync();

    private HttpClient Browser(KlachtenApiFactory? host = null, string? cookies = null)
    {
        var client = (host ?? _development).CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        if (cookies is not null)
        {
            client.DefaultRequestHeaders.Add("Cookie", cookies);
        }

        return client;
    }

    private async Task<HttpResponseMessage> LogInAsync(string token) =>
        await Browser().PostAsync("/hangfire/login", new FormUrlEncodedContent([new("token", token)]));

    private async Task<string> CookieAsync(params string[] roles)
    {
        var response = await LogInAsync(TestTokens.Create("beheer", roles));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("klachten-dashboard-dev=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_browser_without_a_cookie_is_sent_to_the_token_form()
    {
        var dashboard = await Browser().GetAsync("/hangfire");
        var form = await Browser().GetAsync("/hangfire/login");

        Assert.Equal(HttpStatusCode.Redirect, dashboard.StatusCode);
        Assert.StartsWith("http://localhost/hangfire/login", dashboard.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        Assert.Contains("<form method=\"post\" action=\"/hangfire/login\">", await form.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_Operations_token_leaves_a_short_lived_strict_cookie_for_the_dashboard_only_that_opens_it()
    {
        var cookie = await CookieAsync(Roles.Operations);

        var attributes = cookie.ToLowerInvariant();
        Assert.Contains("path=/hangfire", attributes, StringComparison.Ordinal);
        Assert.Contains("httponly", attributes, StringComparison.Ordinal);
        Assert.Contains("samesite=strict", attributes, StringComparison.Ordinal);
        Assert.DoesNotContain("expires=", attributes, StringComparison.Ordinal);

        var value = cookie.Split(';')[0];
        var dashboard = await Browser(cookies: value).GetAsync("/hangfire");
        var api = await Browser(cookies: value).GetAsync("/api/intake/complaints");
        Clock.Advance(TimeSpan.FromMinutes(29));
        var later = await Browser(cookies: value).GetAsync("/hangfire");
        Clock.Advance(TimeSpan.FromMinutes(2));
        var expired = await Browser(cookies: value).GetAsync("/hangfire");

        Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
        Assert.Contains("Klachten.Modular jobs", await dashboard.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
        Assert.Equal(HttpStatusCode.OK, later.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, expired.StatusCode);
    }

    [Fact]
    public async Task A_token_without_the_Operations_role_or_not_valid_here_leaves_no_cookie()
    {
        var qualityManager = await LogInAsync(TestTokens.Create("kwaliteit", [Roles.QualityManager]));
        var expired = await LogInAsync(TestTokens.Create("beheer", [Roles.Operations], expires: DateTimeOffset.UtcNow.AddMinutes(-10)));
        var foreign = await LogInAsync(TestTokens.Create("beheer", [Roles.Operations], signingKey: new byte[64]));

        Assert.Equal(HttpStatusCode.Forbidden, qualityManager.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, expired.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, foreign.StatusCode);
        Assert.All(new[] { qualityManager, expired, foreign }, r => Assert.False(r.Headers.Contains("Set-Cookie")));
    }

    [Fact]
    public async Task With_the_cookie_a_dashboard_action_needs_the_antiforgery_token_of_the_dashboard_page()
    {
        var cookie = (await CookieAsync(Roles.Operations)).Split(';')[0];

        var forged = await Browser(cookies: cookie).PostAsync("/hangfire/jobs/enqueued/delete", new FormUrlEncodedContent([new("jobs[]", "999999")]));

        var page = await Browser(cookies: cookie).GetAsync("/hangfire/jobs/enqueued");
        var html = await page.Content.ReadAsStringAsync();
        var header = Regex.Match(html, "<meta name=\"csrf-header\" content=\"([^\"]+)\"").Groups[1].Value;
        var token = Regex.Match(html, "<meta name=\"csrf-token\" content=\"([^\"]+)\"").Groups[1].Value;
        var antiforgery = page.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0])
            .Single(c => c.StartsWith("klachten-dashboard-antiforgery=", StringComparison.Ordinal));
        using var browser = Browser(cookies: $"{cookie}; {antiforgery}");
        browser.DefaultRequestHeaders.Add(header, token);
        var genuine = await browser.PostAsync("/hangfire/jobs/enqueued/delete", new FormUrlEncodedContent([new("jobs[]", "999999")]));

        Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
        Assert.True(genuine.IsSuccessStatusCode, $"the genuine action answered {(int)genuine.StatusCode}");
    }

    [Fact]
    public async Task In_Production_the_login_route_does_not_exist()
    {
        await using var production = new KlachtenApiFactory(Fixture.ConnectionString, Fixture.Clock, Fixture.MailDirectory, environment: "Production");
        using var operations = Browser(production);
        operations.DefaultRequestHeaders.Authorization = new("Bearer", TestTokens.Create("beheer", [Roles.Operations]));

        var routes = production.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => e.RoutePattern.RawText).ToList();
        var form = await operations.GetAsync("/hangfire/login");
        var post = await Browser(production).PostAsync("/hangfire/login", new FormUrlEncodedContent([new("token", TestTokens.Create("beheer", [Roles.Operations]))]));

        Assert.DoesNotContain(routes, r => r is not null && r.Contains("login", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(HttpStatusCode.NotFound, form.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, post.StatusCode);
        Assert.False(post.Headers.Contains("Set-Cookie"));
    }
}

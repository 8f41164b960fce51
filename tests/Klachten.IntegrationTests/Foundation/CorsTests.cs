using System.Net;
using Klachten.IntegrationTests.Infrastructure;

namespace Klachten.IntegrationTests.Foundation;

/// <summary>Cors:Origins lets the front end's origin call the API from a browser; any other origin gets no CORS headers.</summary>
public sealed class CorsTests(ApiFixture fixture) : ApiTest(fixture)
{
    private const string FrontEnd = "https://klachten.kantoor.example";

    private readonly KlachtenApiFactory _host = new(fixture.ConnectionString, fixture.Clock, fixture.MailDirectory,
        settings: new Dictionary<string, string?> { ["Cors:Origins:0"] = FrontEnd + "/" });

    public override async Task DisposeAsync() => await _host.DisposeAsync();

    private static HttpRequestMessage Preflight(string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, "/api/handling/cases/00000000-0000-0000-0000-000000000001/decision");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "authorization,content-type,if-match");
        return request;
    }

    [Fact]
    public async Task The_configured_origin_may_send_If_Match_and_read_ETag_and_Retry_After()
    {
        using var client = _host.CreateClient();
        var preflight = await client.SendAsync(Preflight(FrontEnd));
        using var get = new HttpRequestMessage(HttpMethod.Get, "/health/live");
        get.Headers.Add("Origin", FrontEnd);
        var response = await client.SendAsync(get);

        Assert.Equal(HttpStatusCode.NoContent, preflight.StatusCode);
        Assert.Equal(FrontEnd, Assert.Single(preflight.Headers.GetValues("Access-Control-Allow-Origin")));
        Assert.Contains("if-match", string.Join(",", preflight.Headers.GetValues("Access-Control-Allow-Headers")).ToLowerInvariant(), StringComparison.Ordinal);
        Assert.Equal(FrontEnd, Assert.Single(response.Headers.GetValues("Access-Control-Allow-Origin")));
        var exposed = string.Join(",", response.Headers.GetValues("Access-Control-Expose-Headers"));
        Assert.Contains("ETag", exposed, StringComparison.Ordinal);
        Assert.Contains("Retry-After", exposed, StringComparison.Ordinal);
        Assert.False(response.Headers.Contains("Access-Control-Allow-Credentials"));
    }

    [Fact]
    public async Task Another_origin_gets_no_CORS_headers()
    {
        using var client = _host.CreateClient();
        var preflight = await client.SendAsync(Preflight("https://elders.example"));
        using var get = new HttpRequestMessage(HttpMethod.Get, "/health/live");
        get.Headers.Add("Origin", "https://elders.example");
        var response = await client.SendAsync(get);

        Assert.False(preflight.Headers.Contains("Access-Control-Allow-Origin"));
        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task Without_configured_origins_no_origin_is_allowed()
    {
        using var client = CreateAnonymousClient();
        using var get = new HttpRequestMessage(HttpMethod.Get, "/health/live");
        get.Headers.Add("Origin", FrontEnd);

        var response = await client.SendAsync(get);

        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }
}

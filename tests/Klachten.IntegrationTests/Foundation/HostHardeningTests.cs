using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Klachten.BuildingBlocks.Application;
using Klachten.IntegrationTests.Infrastructure;
using Klachten.IntegrationTests.Intake;
using Npgsql;

namespace Klachten.IntegrationTests.Foundation;

/// <summary>Security headers, duplicate JSON keys, rate limits and the answer while PostgreSQL is unreachable (issue 15).</summary>
public sealed class HostHardeningTests(ApiFixture fixture) : ApiTest(fixture)
{
    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    [Fact]
    public async Task Every_answer_forbids_content_sniffing_and_no_answer_under_api_may_be_cached()
    {
        var list = await CreateClient("kwaliteit", Roles.QualityManager).GetAsync(IntakeApi.Complaints);
        var refused = await CreateAnonymousClient().GetAsync(IntakeApi.Complaints);
        var health = await CreateAnonymousClient().GetAsync("/health/live");

        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        foreach (var response in new[] { list, refused })
        {
            Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
            Assert.True(response.Headers.CacheControl?.NoStore, "Cache-Control: no-store");
        }

        Assert.Equal("nosniff", Assert.Single(health.Headers.GetValues("X-Content-Type-Options")));
    }

    [Fact]
    public async Task The_dashboard_and_the_API_reference_may_not_be_framed_and_load_scripts_only_from_this_host()
    {
        var reference = await CreateAnonymousClient().GetAsync("/api-reference");
        var dashboard = await CreateClient("beheer", Roles.Operations).GetAsync("/hangfire");

        foreach (var response in new[] { reference, dashboard })
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
            var policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
            Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
            Assert.Contains("default-src 'self'", policy, StringComparison.Ordinal);
            var html = await response.Content.ReadAsStringAsync();
            Assert.DoesNotMatch("<script[^>]+src=\"(https?:)?//", html);
        }
    }

    [Fact]
    public async Task A_body_that_names_a_field_twice_is_a_400_naming_that_field_and_stores_nothing()
    {
        var form = JsonSerializer.Serialize(IntakeApi.Form(), ApiJson.Options);
        var twice = form.Replace("\"fileNumber\":", "\"fileNumber\":\"D-2026-0001\",\"fileNumber\":", StringComparison.Ordinal);

        var response = await CreateClient("medewerker", Roles.Employee)
            .PostAsync(IntakeApi.Complaints, new StringContent(twice, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await ProblemAsync(response);
        var field = Assert.Single(problem.GetProperty("errors").EnumerateObject());
        Assert.Equal("fileNumber", field.Name);
        Assert.Contains("more than once", field.Value[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(0, await IntakeApi.CountAsync(Db, "SELECT count(*) FROM intake.complaints"));
    }

    [Fact]
    public async Task Registrations_beyond_the_limit_per_user_are_a_429_with_Retry_After_while_other_users_and_reads_go_on()
    {
        await using var host = new KlachtenApiFactory(Fixture.ConnectionString, Clock, MailDirectory, Probe.ProbeModule.Register,
            new Dictionary<string, string?>
            {
                ["RateLimiting:Enabled"] = "true",
                ["RateLimiting:Registrations:PermitLimit"] = "3",
                ["RateLimiting:Registrations:Window"] = "00:01:00",
            });
        using var flooding = Client(host, "medewerker", Roles.Employee);
        using var colleague = Client(host, "collega", Roles.Employee);

        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            answers.Add((await flooding.PostAsJsonAsync(IntakeApi.Complaints, IntakeApi.Form())).StatusCode);
        }

        var refused = await flooding.PostAsJsonAsync(IntakeApi.Complaints, IntakeApi.Form());
        var other = await colleague.PostAsJsonAsync(IntakeApi.Complaints, IntakeApi.Form());
        var read = await flooding.GetAsync(IntakeApi.Complaints);

        Assert.Equal([HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.TooManyRequests,
            HttpStatusCode.TooManyRequests], answers);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        var retryAfter = int.Parse(Assert.Single(refused.Headers.GetValues("Retry-After")), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(retryAfter, 1, 60);
        Assert.Equal(429, (await ProblemAsync(refused)).GetProperty("status").GetInt32());
        Assert.Equal(HttpStatusCode.Created, other.StatusCode);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(4, await IntakeApi.CountAsync(Db, "SELECT count(*) FROM intake.complaints"));
    }

    [Fact]
    public async Task With_RateLimiting_Enabled_false_no_limit_applies()
    {
        await using var host = new KlachtenApiFactory(Fixture.ConnectionString, Clock, MailDirectory, Probe.ProbeModule.Register,
            new Dictionary<string, string?>
            {
                ["RateLimiting:Enabled"] = "false",
                ["RateLimiting:Registrations:PermitLimit"] = "1",
                ["RateLimiting:PerUser:PermitLimit"] = "1",
            });
        using var employee = Client(host, "medewerker", Roles.Employee);

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.Created, (await employee.PostAsJsonAsync(IntakeApi.Complaints, IntakeApi.Form())).StatusCode);
        }
    }

    [Fact]
    public async Task While_PostgreSQL_cannot_be_reached_requests_are_a_503_with_Retry_After_and_readiness_says_why()
    {
        var server = new NpgsqlConnectionStringBuilder(Fixture.ConnectionString);
        await using var proxy = new TcpProxy(server.Host!, server.Port);
        var throughProxy = new NpgsqlConnectionStringBuilder(Fixture.ConnectionString) { Host = "127.0.0.1", Port = proxy.Port, Timeout = 3 };
        await using var host = new KlachtenApiFactory(throughProxy.ConnectionString, Clock, MailDirectory, Probe.ProbeModule.Register);
        using var quality = Client(host, "kwaliteit", Roles.QualityManager);
        using var employee = Client(host, "medewerker", Roles.Employee);
        Assert.Equal(HttpStatusCode.OK, (await quality.GetAsync(IntakeApi.Complaints)).StatusCode);

        proxy.Cut();
        var list = await quality.GetAsync(IntakeApi.Complaints);
        var registration = await employee.PostAsJsonAsync(IntakeApi.Complaints, IntakeApi.Form());
        var ready = await host.CreateClient().GetAsync("/health/ready");

        foreach (var response in new[] { list, registration })
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            Assert.Equal("5", Assert.Single(response.Headers.GetValues("Retry-After")));
            Assert.Equal(503, (await ProblemAsync(response)).GetProperty("status").GetInt32());
        }

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        var database = JsonDocument.Parse(await ready.Content.ReadAsStringAsync()).RootElement.GetProperty("checks").GetProperty("database");
        Assert.StartsWith("The database cannot be reached: the connection", database.GetProperty("description").GetString(), StringComparison.Ordinal);

        proxy.Restore();
        await Eventually(async () => (await quality.GetAsync(IntakeApi.Complaints)).StatusCode == HttpStatusCode.OK,
            "the host answers again once the database is back");
    }

    private static HttpClient Client(KlachtenApiFactory host, string userName, params string[] roles)
    {
        var client = host.CreateClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", TestTokens.Create(userName, roles));
        return client;
    }
}

using System.Net;
using System.Text;
using System.Text.Json;
using Klachten.BuildingBlocks.Application;
using Klachten.IntegrationTests.Infrastructure;
using Klachten.IntegrationTests.Intake;

namespace Klachten.IntegrationTests.Foundation;

/// <summary>
/// The Host on Kestrel as a child process: what the in-process test server does not have (the Server header, Kestrel's
/// limits). Kestrel answers an over-long request line (414) or header section (431) itself, before any application code
/// runs, with an empty body and the connection closed; the framework gives no hook to write ProblemDetails there, so these
/// tests pin the status and that nothing of the request is echoed. A body over Kestrel:Limits:MaxRequestBodySize is refused
/// while the application reads it, and that 413 is ProblemDetails.
/// </summary>
public sealed class KestrelLimitsTests(ApiFixture fixture) : ApiTest(fixture)
{
    [Fact]
    public async Task On_Kestrel_no_answer_names_the_server_and_limits_are_refused_with_their_status()
    {
        await using var host = await HostProcess.StartAsync(Fixture.ConnectionString, MailDirectory,
            new Dictionary<string, string> { ["Kestrel:Limits:MaxRequestBodySize"] = "65536" });
        using var employee = host.CreateClient("medewerker", Roles.Employee);

        var live = await employee.GetAsync("/health/live");
        var longLine = await employee.GetAsync(IntakeApi.Complaints + "?fileNumber=" + new string('x', 10_000));
        using var bigHeaders = host.CreateClient("medewerker", Roles.Employee);
        bigHeaders.DefaultRequestHeaders.Add("X-Padding", new string('y', 40_000));
        var headers = await bigHeaders.GetAsync(IntakeApi.Complaints);
        var form = JsonSerializer.Serialize(IntakeApi.Form(description: new string('z', 100_000)), ApiJson.Options);
        var body = await employee.PostAsync(IntakeApi.Complaints, new StringContent(form, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.False(live.Headers.Contains("Server"), "no Server header");
        Assert.Equal("nosniff", Assert.Single(live.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal(HttpStatusCode.RequestUriTooLong, longLine.StatusCode);
        Assert.Equal(HttpStatusCode.RequestHeaderFieldsTooLarge, headers.StatusCode);
        foreach (var kestrelAnswer in new[] { longLine, headers })
        {
            Assert.False(kestrelAnswer.Headers.Contains("Server"), "no Server header on Kestrel's own answers");
            Assert.Equal("", await kestrelAnswer.Content.ReadAsStringAsync());
        }

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, body.StatusCode);
        Assert.Equal("application/problem+json", body.Content.Headers.ContentType?.MediaType);
        Assert.Equal(0, await IntakeApi.CountAsync(Db, "SELECT count(*) FROM intake.complaints"));
    }
}

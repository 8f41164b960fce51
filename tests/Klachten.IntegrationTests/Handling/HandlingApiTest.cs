using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using Klachten.BuildingBlocks.Application;
using Klachten.IntegrationTests.Infrastructure;

namespace Klachten.IntegrationTests.Handling;

/// <summary>Shared steps: register through Intake's API and wait for the handling case that its event opens.</summary>
public abstract class HandlingApiTest(ApiFixture fixture) : ApiTest(fixture)
{
    protected const string Officer = "officer.devries";
    protected const string OtherOfficer = "officer.bakker";
    protected const string Agent = "agent.jansen";

    protected HttpClient QualityManager => CreateClient("qm.smit", Roles.QualityManager);
    protected HttpClient OfficerClient => CreateClient(Officer, Roles.ComplaintsOfficer);

    protected static string Cases(Guid id, string step = "") => $"/api/handling/cases/{id}{step}";

    protected async Task<Guid> RegisterAsync(string? email = "klager@example.org", string? collectionAgent = Agent)
    {
        var employee = CreateClient("employee.visser", Roles.Employee);
        var response = await employee.PostAsJsonAsync("/api/intake/complaints", new
        {
            complainant = new
            {
                name = "J. de Boer",
                type = "Debtor",
                salutation = "Mrs",
                email,
                phone = "0201234567",
                address = new { street = "Kerkstraat 1", postalCode = "1011 AA", city = "Amsterdam" },
            },
            fileNumber = "D-2026-0042",
            collectionAgent,
            channel = "Phone",
            receivedAt = "2026-03-02T09:30:00+01:00",
            description = "De incassokosten zijn te hoog berekend.",
            requestedOutcome = "Verlaging van de kosten.",
        }, ApiJson.Options);
        var registered = await ExpectAsync(HttpStatusCode.Created, Task.FromResult(response));
        var id = registered.GetProperty("id").GetGuid();
        await Eventually(async () =>
        {
            await using var connection = await Db.OpenConnectionAsync();
            return await connection.ExecuteScalarAsync<int>("SELECT count(*) FROM handling.cases WHERE complaint_id = @id", new { id }) == 1;
        }, "the handling case is opened from ComplaintRegistered");
        return id;
    }

    protected async Task<Guid> RegisterAndAssignAsync(string? email = "klager@example.org")
    {
        var id = await RegisterAsync(email);
        await ExpectAsync(HttpStatusCode.OK, QualityManager.PostAsJsonAsync(Cases(id, "/assignment"), new { officer = Officer }, ApiJson.Options));
        return id;
    }

    protected static async Task<JsonElement> ExpectAsync(HttpStatusCode status, Task<HttpResponseMessage> call)
    {
        var response = await call;
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"Expected {status}, got {response.StatusCode}: {body}");
        return body.Length == 0 ? default : JsonDocument.Parse(body).RootElement.Clone();
    }

    protected static async Task ExpectRefusedAsync(HttpStatusCode status, string code, Task<HttpResponseMessage> call)
    {
        var problem = await ExpectAsync(status, call);
        Assert.Equal(code, problem.GetProperty("code").GetString());
    }

    protected async Task<JsonElement> GetCaseAsync(Guid id, HttpClient? client = null) =>
        await ExpectAsync(HttpStatusCode.OK, (client ?? QualityManager).GetAsync(Cases(id)));

    protected async Task<int> VersionOfAsync(Guid id)
    {
        await using var connection = await Db.OpenConnectionAsync();
        return await connection.ExecuteScalarAsync<int>("SELECT version FROM handling.cases WHERE complaint_id = @id", new { id });
    }

    protected string[] MailsContaining(string text) =>
        Directory.EnumerateFiles(MailDirectory, "*.eml").Where(f => ReadMail(f).Contains(text, StringComparison.Ordinal)).ToArray();

    /// <summary>The decoded text of an .eml file (quoted-printable bodies are unfolded by MimeKit).</summary>
    protected static string ReadMail(string path)
    {
        using var message = MimeKit.MimeMessage.Load(path);
        return $"To: {message.To}\nSubject: {message.Subject}\n\n{message.TextBody}";
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using Klachten.BuildingBlocks.Application;
using Klachten.IntegrationTests.Infrastructure;

namespace Klachten.IntegrationTests.Analysis;

/// <summary>One complaint's path through Intake, Classification and Handling, as the Analysis tests take it.</summary>
public sealed record Lifecycle(
    DateTimeOffset ReceivedAt,
    string[] Categories,
    string? RootCause = "Communication",
    string Outcome = "WellFounded",
    int DecideAfterDays = 5,
    bool Acknowledge = true,
    bool Satisfied = true,
    string? ReferralOutcome = null,
    string Channel = "Phone",
    string Type = "Debtor",
    string FileNumber = "D-2026-0042",
    string Officer = "officer.devries",
    bool Close = true);

public abstract class AnalysisTestBase(ApiFixture fixture) : ApiTest(fixture)
{
    protected const string Agent = "agent.jansen";

    protected HttpClient QualityManager => CreateClient("qm.smit", Roles.QualityManager);
    protected HttpClient Management => CreateClient("dir.devos", Roles.Management);

    /// <summary>Registers, acknowledges, classifies, assigns, decides, sends the letter, (refers) and closes, at the dates asked.</summary>
    protected async Task<Guid> RunAsync(Lifecycle life)
    {
        Clock.Set(life.ReceivedAt.AddHours(1));
        var employee = CreateClient("employee.visser", Roles.Employee);
        var registered = await ExpectAsync(HttpStatusCode.Created, employee.PostAsJsonAsync("/api/intake/complaints", new
        {
            complainant = new { name = "J. de Boer", type = life.Type, email = "klager@example.org", phone = "0201234567" },
            fileNumber = life.FileNumber,
            collectionAgent = Agent,
            channel = life.Channel,
            receivedAt = life.ReceivedAt.ToString("yyyy-MM-dd'T'HH:mm:sszzz"),
            description = "De incassokosten zijn te hoog berekend.",
            requestedOutcome = "Verlaging van de kosten.",
        }, ApiJson.Options));
        var id = registered.GetProperty("id").GetGuid();
        await WaitForAsync("SELECT count(*) FROM handling.cases WHERE complaint_id = @id", id, "the handling case is opened");
        await WaitForAsync("SELECT count(*) FROM classification.complaints WHERE complaint_id = @id", id, "the complaint is queued for classification");

        var qm = QualityManager;
        if (life.Acknowledge)
        {
            await ExpectAsync(HttpStatusCode.OK, qm.PostAsJsonAsync($"/api/intake/complaints/{id}/acknowledgement", new { channel = "Email" }, ApiJson.Options));
        }

        await ExpectAsync(HttpStatusCode.OK, qm.PutAsJsonAsync($"/api/classification/complaints/{id}",
            new { categories = life.Categories, rootCause = life.RootCause }, ApiJson.Options));
        await ExpectAsync(HttpStatusCode.OK, qm.PostAsJsonAsync($"/api/handling/cases/{id}/assignment", new { officer = life.Officer }, ApiJson.Options));
        var officer = CreateClient(life.Officer, Roles.ComplaintsOfficer);
        Clock.Set(life.ReceivedAt.AddDays(life.DecideAfterDays).AddHours(1));
        await ExpectAsync(HttpStatusCode.OK, officer.PostAsJsonAsync($"/api/handling/cases/{id}/decision",
            new { outcome = life.Outcome, reasoning = "Wij hebben de kosten nagekeken." }, ApiJson.Options));
        await ExpectAsync(HttpStatusCode.OK, officer.PostAsJsonAsync($"/api/handling/cases/{id}/decision-letter", new { channel = "Email" }, ApiJson.Options));
        if (life.ReferralOutcome is { } referralOutcome)
        {
            var submittedOn = DateOnly.FromDateTime(Clock.GetUtcNow().UtcDateTime);
            Clock.Advance(TimeSpan.FromDays(1));
            await ExpectAsync(HttpStatusCode.OK, officer.PostAsJsonAsync($"/api/handling/cases/{id}/referral",
                new { submittedOn = submittedOn.ToString("yyyy-MM-dd"), body = "De Geschillencommissie", caseNumber = "GC-1" }, ApiJson.Options));
            Clock.Advance(TimeSpan.FromDays(10));
            await ExpectAsync(HttpStatusCode.OK, qm.PostAsJsonAsync($"/api/handling/cases/{id}/referral/outcome",
                new { outcome = referralOutcome, decidedOn = DateOnly.FromDateTime(Clock.GetUtcNow().UtcDateTime).ToString("yyyy-MM-dd") },
                ApiJson.Options));
        }

        if (life.Close)
        {
            await ExpectAsync(HttpStatusCode.OK, officer.PostAsJsonAsync($"/api/handling/cases/{id}/closure",
                new { complainantSatisfied = life.Satisfied }, ApiJson.Options));
        }

        return id;
    }

    /// <summary>Waits until every outbox is delivered (the read model is then as complete as the events make it).</summary>
    protected async Task DeliveredAsync()
    {
        await Eventually(async () =>
        {
            await using var connection = await Db.OpenConnectionAsync();
            return await connection.ExecuteScalarAsync<long>("""
                SELECT (SELECT count(*) FROM intake.outbox_messages WHERE processed_at IS NULL)
                     + (SELECT count(*) FROM classification.outbox_messages WHERE processed_at IS NULL)
                     + (SELECT count(*) FROM handling.outbox_messages WHERE processed_at IS NULL)
                     + (SELECT count(*) FROM analysis.outbox_messages WHERE processed_at IS NULL)
                """) == 0;
        }, "every outbox is delivered");
    }

    protected async Task WaitForAsync(string countSql, Guid id, string because) =>
        await Eventually(async () =>
        {
            await using var connection = await Db.OpenConnectionAsync();
            return await connection.ExecuteScalarAsync<int>(countSql, new { id }) == 1;
        }, because);

    protected static async Task<JsonElement> ExpectAsync(HttpStatusCode status, Task<HttpResponseMessage> call)
    {
        var response = await call;
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"Expected {status}, got {response.StatusCode}: {body}");
        return body.Length == 0 || !(response.Content.Headers.ContentType?.MediaType?.Contains("json") ?? false)
            ? default
            : JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>The read model's rows as text, to compare two ways of filling it (updated_at left out: it says when, not what).</summary>
    protected async Task<string> FactsAsync()
    {
        await using var connection = await Db.OpenConnectionAsync();
        var rows = await connection.QueryAsync<string>("""
            SELECT (to_jsonb(f) - 'updated_at')::text FROM analysis.complaint_facts f ORDER BY complaint_id
            """);
        return string.Join("\n", rows);
    }
}

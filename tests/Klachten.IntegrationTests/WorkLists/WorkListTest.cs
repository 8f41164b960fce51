using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using Klachten.BuildingBlocks.Application;
using Klachten.IntegrationTests.Handling;
using Klachten.IntegrationTests.Infrastructure;

namespace Klachten.IntegrationTests.WorkLists;

/// <summary>Registers complaints with the data the work-list filters look at, and reads a list's references in its order.</summary>
public abstract class WorkListTest(ApiFixture fixture) : HandlingApiTest(fixture)
{
    protected const string Visser = "employee.visser";
    protected const string Bakker = "employee.bakker";

    protected sealed record Registered(Guid Id, string Reference);

    protected async Task<Registered> RegisterComplaintAsync(string by, string receivedAt, string name = "J. de Boer", string? fileNumber = null,
        string? agent = null)
    {
        var response = await CreateClient(by, Roles.Employee).PostAsJsonAsync("/api/intake/complaints", new
        {
            complainant = new { name, type = "Debtor", email = "klager@example.org" },
            fileNumber,
            collectionAgent = agent,
            channel = "Phone",
            receivedAt,
            description = "De incassokosten zijn te hoog berekend.",
            requestedOutcome = "Verlaging van de kosten.",
        }, ApiJson.Options);
        var registered = await ExpectAsync(HttpStatusCode.Created, Task.FromResult(response));
        var id = registered.GetProperty("id").GetGuid();
        await Eventually(async () => await CountAsync("SELECT count(*) FROM handling.cases WHERE complaint_id = @id", new { id }) == 1
                && await CountAsync("SELECT count(*) FROM classification.complaints WHERE complaint_id = @id", new { id }) == 1,
            "the case is opened and the complaint queued for classification");
        return new Registered(id, registered.GetProperty("reference").GetString()!);
    }

    /// <summary>Assigns through Handling and waits until Intake and Classification heard of it (HandlerAssigned).</summary>
    protected async Task AssignAsync(Registered complaint, string officer)
    {
        await ExpectAsync(HttpStatusCode.OK, QualityManager.PostAsJsonAsync(Cases(complaint.Id, "/assignment"), new { officer }, ApiJson.Options));
        var id = complaint.Id;
        await Eventually(async () =>
                await CountAsync("SELECT count(*) FROM intake.complaints WHERE id = @id AND handling_officer = @officer", new { id, officer }) == 1
                && await CountAsync("SELECT count(*) FROM classification.handling_officers WHERE complaint_id = @id", new { id }) == 1,
            "Intake and Classification know the officer");
    }

    protected async Task AcknowledgeAsync(Registered complaint) =>
        await ExpectAsync(HttpStatusCode.OK, QualityManager.PostAsJsonAsync($"/api/intake/complaints/{complaint.Id}/acknowledgement",
            new { channel = "Email" }, ApiJson.Options));

    /// <summary>The references a list answers, in its order (one page of 200).</summary>
    protected static async Task<string[]> ReferencesAsync(HttpClient client, string url, string field = "reference")
    {
        var page = await ExpectAsync(HttpStatusCode.OK, client.GetAsync(url + (url.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "pageSize=200"));
        var items = page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty(field).GetString()!).ToArray();
        Assert.Equal(items.Length, page.GetProperty("totalCount").GetInt64());
        return items;
    }

    protected static string[] Of(params Registered[] complaints) => [.. complaints.Select(c => c.Reference)];

    protected static string[] Sorted(IEnumerable<string> references) => [.. references.Order(StringComparer.Ordinal)];

    protected async Task<long> CountAsync(string sql, object parameters)
    {
        await using var connection = await Db.OpenConnectionAsync();
        return await connection.ExecuteScalarAsync<long>(sql, parameters);
    }

    protected static JsonElement Errors(JsonElement problem) => problem.GetProperty("errors");
}

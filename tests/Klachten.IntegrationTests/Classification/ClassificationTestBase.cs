using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using Klachten.BuildingBlocks.Application;
using Klachten.BuildingBlocks.Infrastructure.Messaging;
using Klachten.IntegrationTests.Infrastructure;
using Klachten.Modules.Handling.Contracts;
using Klachten.Modules.Intake.Contracts;
using Microsoft.Extensions.DependencyInjection;

namespace Klachten.IntegrationTests.Classification;

/// <summary>Helpers shared by the Classification tests: clients per role, events through the delivery machinery, small readers.</summary>
public abstract class ClassificationTestBase(ApiFixture fixture) : ApiTest(fixture)
{
    protected HttpClient QualityManager() => CreateClient("kwaliteit", Roles.QualityManager);

    /// <summary>Hands a ComplaintRegistered to the receivers exactly as the outbox loop does, under the given message id.</summary>
    protected async Task DeliverAsync(ComplaintRegistered registered, Guid? messageId = null)
    {
        await Services.GetRequiredService<OutboxProcessor>().DeliverAsync(messageId ?? Guid.NewGuid(),
            IntegrationEventSerializer.TypeName(typeof(ComplaintRegistered)), IntegrationEventSerializer.Serialize(registered),
            CancellationToken.None);
    }

    /// <summary>Tells the receivers, as Handling does, that <paramref name="officer"/> now handles the complaint.</summary>
    protected async Task AssignAsync(Guid complaintId, string officer, DateTimeOffset? assignedAt = null)
    {
        var assigned = new HandlerAssigned(complaintId, officer, null, assignedAt ?? Clock.GetUtcNow(), "kwaliteit");
        await Services.GetRequiredService<OutboxProcessor>().DeliverAsync(Guid.NewGuid(),
            IntegrationEventSerializer.TypeName(typeof(HandlerAssigned)), IntegrationEventSerializer.Serialize(assigned), CancellationToken.None);
    }

    protected static ComplaintRegistered Registered(string reference, DateTimeOffset receivedAt, Guid? complaintId = null) =>
        new(complaintId ?? Guid.NewGuid(), reference, receivedAt, DateOnly.FromDateTime(receivedAt.UtcDateTime), ComplainantType.Debtor,
            IntakeChannel.Email, "agent.jansen", "D-1001", "medewerker", DateOnly.FromDateTime(receivedAt.UtcDateTime.AddDays(6)),
            DateOnly.FromDateTime(receivedAt.UtcDateTime.AddDays(14)));

    /// <summary>A complaint the module has heard of, through the inbox path.</summary>
    protected async Task<Guid> QueuedComplaintAsync(string reference = "KL-2026-000001", DateTimeOffset? receivedAt = null)
    {
        var registered = Registered(reference, receivedAt ?? Clock.GetUtcNow().AddHours(-1));
        await DeliverAsync(registered);
        return registered.ComplaintId;
    }

    protected static Task<HttpResponseMessage> ClassifyAsync(HttpClient client, Guid complaintId, object body) =>
        client.PutAsJsonAsync($"/api/classification/complaints/{complaintId}", body, ApiJson.Options);

    protected static async Task<JsonElement> JsonAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>(ApiJson.Options)).Clone();

    protected static async Task<Dictionary<string, string[]>> ErrorsAsync(HttpResponseMessage response)
    {
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
        var json = await JsonAsync(response);
        return json.GetProperty("errors").EnumerateObject()
            .ToDictionary(p => p.Name, p => p.Value.EnumerateArray().Select(v => v.GetString()!).ToArray());
    }

    protected static async Task<string?> CodeAsync(HttpResponseMessage response) =>
        (await JsonAsync(response)).TryGetProperty("code", out var code) ? code.GetString() : null;

    protected static string[] Strings(JsonElement array) => array.EnumerateArray().Select(v => v.GetString()!).ToArray();

    protected async Task<long> CountAsync(string sql, object? parameters = null)
    {
        await using var connection = await Db.OpenConnectionAsync();
        return await connection.ExecuteScalarAsync<long>(sql, parameters);
    }

    /// <summary>Reference data survives the reset between tests, so a test that adds a code makes it unique.</summary>
    protected static string UniqueCode(string prefix) => prefix + Guid.NewGuid().ToString("N")[..10];
}

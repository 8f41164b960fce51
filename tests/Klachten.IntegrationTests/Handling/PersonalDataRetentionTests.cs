using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using Klachten.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Klachten.IntegrationTests.Handling;

/// <summary>AVG: 24 months (the default) after Handling closes a complaint, Intake and Handling replace the personal data.</summary>
public sealed class PersonalDataRetentionTests(ApiFixture fixture) : HandlingApiTest(fixture)
{
    private async Task<Guid> RegisterAndCloseAsync()
    {
        var id = await RegisterAndAssignAsync();
        await ExpectAsync(HttpStatusCode.Created, OfficerClient.PostAsJsonAsync(Cases(id, "/contacts"), new
        {
            contactedAt = "2026-03-02T08:50:00Z", channel = "Phone", summary = "Mevrouw De Boer belde over haar betalingsregeling", nextStep = "Terugbellen",
        }, ApiJson.Options));
        await ExpectAsync(HttpStatusCode.OK, OfficerClient.PostAsJsonAsync(Cases(id, "/decision"),
            new { outcome = "PartlyWellFounded", reasoning = "Mevrouw De Boer is te veel kosten berekend.", remedy = "Verlaging met EUR 40,00." },
            ApiJson.Options));
        await ExpectAsync(HttpStatusCode.OK, OfficerClient.PostAsJsonAsync(Cases(id, "/decision-letter"), new { channel = "Email" }, ApiJson.Options));
        await ExpectAsync(HttpStatusCode.OK, OfficerClient.PostAsJsonAsync(Cases(id, "/closure"), new { complainantSatisfied = true }, ApiJson.Options));
        await Eventually(async () =>
        {
            await using var connection = await Db.OpenConnectionAsync();
            return await connection.ExecuteScalarAsync<bool>("SELECT closed_at IS NOT NULL FROM intake.complaints WHERE id = @id", new { id });
        }, "Intake records the closure from ComplaintClosed");
        return id;
    }

    private Task RunRetentionJobsAsync() => RunJobAsync("personal-data-retention");

    private Task<JsonElement> GetComplaintAsync(Guid id) => ExpectAsync(HttpStatusCode.OK, QualityManager.GetAsync($"/api/intake/complaints/{id}"));

    [Fact]
    public async Task A_complaint_erased_unacknowledged_no_longer_lists_acknowledge_and_either_channel_is_422()
    {
        var id = await RegisterAndCloseAsync();
        var closedAt = Clock.GetUtcNow();
        Assert.Equal(["acknowledge"], (await GetComplaintAsync(id)).GetProperty("allowedActions").EnumerateArray()
            .Select(a => a.GetString()));

        Clock.Set(closedAt.AddMonths(24).AddMinutes(1));
        await RunRetentionJobsAsync();

        var erased = await GetComplaintAsync(id);
        Assert.NotEqual(JsonValueKind.Null, erased.GetProperty("anonymisedAt").ValueKind);
        Assert.Empty(erased.GetProperty("allowedActions").EnumerateArray());
        Assert.DoesNotContain("acknowledge", (await ExpectAsync(HttpStatusCode.OK, QualityManager.GetAsync($"/api/complaints/{id}")))
            .GetProperty("allowedActions").EnumerateArray().Select(a => a.GetString()));
        await ExpectRefusedAsync(HttpStatusCode.UnprocessableEntity, "no_email_address", QualityManager.PostAsJsonAsync(
            $"/api/intake/complaints/{id}/acknowledgement", new { channel = "Email" }, ApiJson.Options));
        await ExpectRefusedAsync(HttpStatusCode.UnprocessableEntity, "no_postal_address", QualityManager.PostAsJsonAsync(
            $"/api/intake/complaints/{id}/acknowledgement", new { channel = "Letter" }, ApiJson.Options));
    }

    [Fact]
    public async Task Twenty_four_months_after_closing_the_personal_data_is_replaced_and_the_counted_facts_stay()
    {
        var closedId = await RegisterAndCloseAsync();
        var openId = await RegisterAsync();
        var closedAt = Clock.GetUtcNow();

        Clock.Set(closedAt.AddMonths(24).AddMinutes(-1));
        await RunRetentionJobsAsync();
        Assert.Equal("J. de Boer", (await GetComplaintAsync(closedId)).GetProperty("complainant").GetProperty("name").GetString());

        Clock.Set(closedAt.AddMonths(24).AddMinutes(1));
        await RunRetentionJobsAsync();
        await RunRetentionJobsAsync(); // a second run changes and audits nothing more

        var complaint = await GetComplaintAsync(closedId);
        var complainant = complaint.GetProperty("complainant");
        Assert.Equal("(geanonimiseerd)", complainant.GetProperty("name").GetString());
        Assert.Equal("Debtor", complainant.GetProperty("type").GetString());
        foreach (var removed in new[] { "email", "phone", "address" })
        {
            Assert.Equal(JsonValueKind.Null, complainant.GetProperty(removed).ValueKind);
        }

        Assert.Equal(JsonValueKind.Null, complaint.GetProperty("fileNumber").ValueKind);
        Assert.Equal("(verwijderd)", complaint.GetProperty("description").GetString());
        Assert.Equal("(verwijderd)", complaint.GetProperty("requestedOutcome").GetString());
        Assert.Equal("Phone", complaint.GetProperty("channel").GetString());
        Assert.Equal("2026-03-02", complaint.GetProperty("receivedOn").GetString());
        Assert.Equal(Clock.GetUtcNow(), complaint.GetProperty("anonymisedAt").GetDateTimeOffset());

        var case_ = await GetCaseAsync(closedId);
        Assert.Equal("(verwijderd)", case_.GetProperty("contacts")[0].GetProperty("summary").GetString());
        Assert.Equal(JsonValueKind.Null, case_.GetProperty("contacts")[0].GetProperty("nextStep").ValueKind);
        var decision = case_.GetProperty("decision");
        Assert.Equal("PartlyWellFounded", decision.GetProperty("outcome").GetString());
        Assert.Equal("(verwijderd)", decision.GetProperty("reasoning").GetString());
        Assert.Equal("(verwijderd)", decision.GetProperty("remedy").GetString());
        Assert.True(decision.GetProperty("letter").GetProperty("inTime").GetBoolean());
        Assert.NotEqual(JsonValueKind.Null, case_.GetProperty("anonymisedAt").ValueKind);

        await using var connection = await Db.OpenConnectionAsync();
        Assert.Equal(0, await connection.ExecuteScalarAsync<long>("""
            SELECT (SELECT count(*) FROM intake.correspondence WHERE complaint_id = @closedId
                      AND (recipient_name IS NOT NULL OR recipient_address IS NOT NULL OR body <> '(verwijderd)'))
                 + (SELECT count(*) FROM handling.correspondence WHERE complaint_id = @closedId
                      AND (recipient_name IS NOT NULL OR recipient_email IS NOT NULL OR recipient_address IS NOT NULL OR body <> '(verwijderd)'))
            """, new { closedId }));
        Assert.Equal(2, await connection.ExecuteScalarAsync<long>(
            "SELECT count(*) FROM audit.audit_trail WHERE action = 'PersonalDataAnonymised' AND subject_id = @id", new { id = closedId.ToString() }));

        // A complaint that was never closed keeps its data, however old.
        var open = await GetComplaintAsync(openId);
        Assert.Equal("J. de Boer", open.GetProperty("complainant").GetProperty("name").GetString());
        Assert.Equal(JsonValueKind.Null, open.GetProperty("anonymisedAt").ValueKind);
    }

    [Fact]
    public async Task The_retention_period_is_a_setting()
    {
        var id = await RegisterAndCloseAsync();
        var closedAt = Clock.GetUtcNow();
        await using var host = new KlachtenApiFactory(Fixture.ConnectionString, Clock, MailDirectory, Foundation.Probe.ProbeModule.Register,
            new Dictionary<string, string?> { ["PersonalData:RetainMonthsAfterClosing"] = "6" });
        Clock.Set(closedAt.AddMonths(6).AddMinutes(1));

        await using (var scope = host.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetServices<BuildingBlocks.Infrastructure.Jobs.IRecurringJob>()
                .Single(j => j.JobId == "personal-data-retention").RunAsync(CancellationToken.None);
        }

        Assert.Equal("(geanonimiseerd)", (await GetComplaintAsync(id)).GetProperty("complainant").GetProperty("name").GetString());
        Assert.NotEqual(JsonValueKind.Null, (await GetCaseAsync(id)).GetProperty("anonymisedAt").ValueKind);
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using Klachten.BuildingBlocks.Application;
using Klachten.IntegrationTests.Handling;
using Klachten.IntegrationTests.Infrastructure;

namespace Klachten.IntegrationTests.ComplaintView;

/// <summary>GET /api/complaints/{id} and /by-reference/{reference}: one complaint composed from the modules (ADR 0017).</summary>
public sealed class ComplaintViewTests(ApiFixture fixture) : HandlingApiTest(fixture)
{
    private const string Registrar = "employee.visser";

    [Fact]
    public async Task A_handled_complaint_shows_every_module_one_status_the_letters_and_a_timeline_in_time_order()
    {
        var id = await HandledToTheEndAsync();

        var view = await ExpectAsync(HttpStatusCode.OK, QualityManager.GetAsync($"/api/complaints/{id}"));
        Assert.Equal("Closed", view.GetProperty("status").GetString());
        Assert.Equal("J. de Boer", view.GetProperty("registration").GetProperty("details").GetProperty("complainant").GetProperty("name").GetString());
        Assert.Equal("Conduct", view.GetProperty("classification").GetProperty("categories")[0].GetString());
        Assert.Equal("Closed", view.GetProperty("handling").GetProperty("status").GetString());
        Assert.Equal("2026-03-16", view.GetProperty("deadlines").GetProperty("settlementDueOn").GetString());

        var letters = view.GetProperty("letters").EnumerateArray().Select(l => (l.GetProperty("module").GetString(), l.GetProperty("kind").GetString())).ToList();
        Assert.Contains(("Intake", "Acknowledgement"), letters);
        Assert.Contains(("Handling", "DecisionLetter"), letters);

        var timeline = view.GetProperty("timeline").EnumerateArray().ToList();
        var kinds = timeline.Select(e => e.GetProperty("kind").GetString()).ToList();
        foreach (var kind in new[] { "Registered", "Assigned", "Classified", "Acknowledged", "Contact", "Decided", "LetterSent", "Closed" })
        {
            Assert.Contains(kind, kinds);
        }

        var moments = timeline.Select(e => e.GetProperty("at").GetDateTimeOffset()).ToList();
        Assert.Equal(moments.Order(), moments);
        Assert.Equal("Registered", kinds[0]);
        Assert.Equal("Closed", kinds[^1]);
        // Closed: only the classification may still be completed.
        Assert.Equal(["classify"], view.GetProperty("allowedActions").EnumerateArray().Select(a => a.GetString()));
    }

    [Fact]
    public async Task A_letter_recorded_as_posted_shows_in_the_timeline_at_the_moment_it_was_posted()
    {
        var id = await RegisterAsync(email: null);
        await ExpectAsync(HttpStatusCode.OK, QualityManager.PostAsJsonAsync($"/api/intake/complaints/{id}/acknowledgement", new { channel = "Letter" }));
        var printed = Assert.Single((await ExpectAsync(HttpStatusCode.OK, QualityManager.GetAsync($"/api/complaints/{id}")))
            .GetProperty("letters").EnumerateArray(), l => l.GetProperty("kind").GetString() == "Acknowledgement");
        var letterId = printed.GetProperty("id").GetGuid();
        Assert.Equal(JsonValueKind.Null, printed.GetProperty("postedAt").ValueKind);
        var postedAt = new DateTimeOffset(2026, 3, 4, 8, 15, 0, TimeSpan.Zero);
        Clock.Set(postedAt);

        await ExpectAsync(HttpStatusCode.OK, QualityManager.PostAsync($"/api/intake/complaints/{id}/correspondence/{letterId}/posted", null));

        var view = await ExpectAsync(HttpStatusCode.OK, QualityManager.GetAsync($"/api/complaints/{id}"));
        var letter = Assert.Single(view.GetProperty("letters").EnumerateArray(), l => l.GetProperty("id").GetGuid() == letterId);
        Assert.Equal("Posted", letter.GetProperty("status").GetString());
        Assert.Equal(postedAt, letter.GetProperty("postedAt").GetDateTimeOffset());
        var entry = Assert.Single(view.GetProperty("timeline").EnumerateArray(), e => e.GetProperty("kind").GetString() == "LetterPosted");
        Assert.Equal(postedAt, entry.GetProperty("at").GetDateTimeOffset());
        Assert.Equal("Acknowledgement", entry.GetProperty("detail").GetString());
        Assert.DoesNotContain(view.GetProperty("timeline").EnumerateArray(),
            e => e.GetProperty("kind").GetString() == "LetterSent" && e.GetProperty("detail").GetString() == "Acknowledgement");
    }

    [Fact]
    public async Task The_view_by_reference_in_any_letter_case_is_the_same_complaint_and_an_unknown_reference_is_404()
    {
        var id = await RegisterAsync();
        var reference = (await ExpectAsync(HttpStatusCode.OK, QualityManager.GetAsync($"/api/complaints/{id}"))).GetProperty("reference").GetString()!;

        var found = await ExpectAsync(HttpStatusCode.OK, QualityManager.GetAsync($"/api/complaints/by-reference/{reference.ToLowerInvariant()}"));
        Assert.Equal(id, found.GetProperty("id").GetGuid());
        Assert.Equal("Registered", found.GetProperty("status").GetString());
        await ExpectAsync(HttpStatusCode.NotFound, QualityManager.GetAsync("/api/complaints/by-reference/KL-1999-999999"));
    }

    [Fact]
    public async Task The_registrar_sees_the_registration_but_not_the_classification_or_what_happened_in_the_case()
    {
        var id = await RegisterAndAssignAsync();
        await ExpectAsync(HttpStatusCode.OK, QualityManager.PutAsJsonAsync($"/api/classification/complaints/{id}",
            new { categories = new[] { "Conduct" }, rootCause = "Communication", rootCauseNote = "Toon van het gesprek." }, ApiJson.Options));

        var view = await ExpectAsync(HttpStatusCode.OK, CreateClient(Registrar, Roles.Employee).GetAsync($"/api/complaints/{id}"));
        Assert.True(view.GetProperty("registration").GetProperty("mayRead").GetBoolean());
        Assert.Equal("InHandling", view.GetProperty("status").GetString());
        var classification = view.GetProperty("classification");
        Assert.False(classification.GetProperty("mayRead").GetBoolean());
        Assert.Empty(classification.GetProperty("categories").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, classification.GetProperty("rootCauseNote").ValueKind);
        Assert.False(view.GetProperty("handling").GetProperty("mayRead").GetBoolean());
        Assert.Equal(JsonValueKind.Null, view.GetProperty("handling").GetProperty("details").ValueKind);
        Assert.DoesNotContain("Classified", view.GetProperty("timeline").EnumerateArray().Select(e => e.GetProperty("kind").GetString()));
        Assert.Empty(view.GetProperty("allowedActions").EnumerateArray());
    }

    [Fact]
    public async Task Someone_no_module_lets_read_the_complaint_is_refused_and_each_read_or_refusal_is_audited_once()
    {
        var id = await RegisterAndAssignAsync();

        var before = await LastAuditIdAsync();
        await ExpectAsync(HttpStatusCode.Forbidden, CreateClient(OtherOfficer, Roles.ComplaintsOfficer).GetAsync($"/api/complaints/{id}"));
        await ExpectAsync(HttpStatusCode.Forbidden, CreateClient("employee.stranger", Roles.Employee).GetAsync($"/api/complaints/{id}"));
        await ExpectAsync(HttpStatusCode.OK, OfficerClient.GetAsync($"/api/complaints/{id}"));

        await using var connection = await Db.OpenConnectionAsync();
        var actions = (await connection.QueryAsync<(string Actor, string Action)>(
            "SELECT actor, action FROM audit.audit_trail WHERE id > @before AND subject_id = @id AND module = 'ComplaintView' ORDER BY id", new { before, id = id.ToString() })).ToList();
        Assert.Equal(
            [(OtherOfficer, "ComplaintViewReadRefused"), ("employee.stranger", "ComplaintViewReadRefused"), (Officer, "ComplaintViewRead")],
            actions);
    }

    private async Task<long> LastAuditIdAsync()
    {
        await using var connection = await Db.OpenConnectionAsync();
        return await connection.ExecuteScalarAsync<long>("SELECT coalesce(max(id), 0) FROM audit.audit_trail");
    }

    private async Task<Guid> HandledToTheEndAsync()
    {
        var id = await RegisterAndAssignAsync();
        await ExpectAsync(HttpStatusCode.OK, QualityManager.PutAsJsonAsync($"/api/classification/complaints/{id}",
            new { categories = new[] { "Conduct" } }, ApiJson.Options));
        await Eventually(async () => (await OfficerClient.GetAsync($"/api/intake/complaints/{id}")).IsSuccessStatusCode,
            "Intake knows the handling officer");
        Clock.Advance(TimeSpan.FromMinutes(5));
        await ExpectAsync(HttpStatusCode.OK, OfficerClient.PostAsJsonAsync($"/api/intake/complaints/{id}/acknowledgement",
            new { channel = "Letter" }, ApiJson.Options));
        Clock.Advance(TimeSpan.FromMinutes(5));
        await ExpectAsync(HttpStatusCode.Created, OfficerClient.PostAsJsonAsync(Cases(id, "/contacts"), new
        {
            contactedAt = Clock.GetUtcNow().ToString("O"), channel = "Phone", summary = "Gebeld over de kosten.",
        }, ApiJson.Options));
        Clock.Advance(TimeSpan.FromMinutes(5));
        await ExpectAsync(HttpStatusCode.OK, OfficerClient.PostAsJsonAsync(Cases(id, "/decision"),
            new { outcome = "Unfounded", reasoning = "De kosten zijn correct berekend." }, ApiJson.Options));
        Clock.Advance(TimeSpan.FromMinutes(5));
        await ExpectAsync(HttpStatusCode.OK, OfficerClient.PostAsJsonAsync(Cases(id, "/decision-letter"), new { channel = "Email" }, ApiJson.Options));
        await Eventually(async () =>
        {
            await using var connection = await Db.OpenConnectionAsync();
            return await connection.ExecuteScalarAsync<int>(
                "SELECT count(*) FROM handling.correspondence WHERE complaint_id = @id AND status = 'Sent'", new { id }) == 1;
        }, "the decision letter is sent");
        Clock.Advance(TimeSpan.FromMinutes(5));
        await ExpectAsync(HttpStatusCode.OK, OfficerClient.PostAsJsonAsync(Cases(id, "/closure"), new { complainantSatisfied = true }, ApiJson.Options));
        return id;
    }
}

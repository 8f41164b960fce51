using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using Klachten.BuildingBlocks.Application;
using Klachten.IntegrationTests.Infrastructure;

namespace Klachten.IntegrationTests.Classification;

public sealed class ClassifyComplaintTests(ApiFixture fixture) : ClassificationTestBase(fixture)
{
    [Fact]
    public async Task A_complaint_is_classified_into_several_categories_with_its_cause_and_the_event_is_published()
    {
        var complaintId = await QueuedComplaintAsync("KL-2026-000010");

        var response = await ClassifyAsync(QualityManager(), complaintId, new
        {
            categories = new[] { "Conduct", "Financial" },
            rootCause = "Communication",
            rootCauseNote = "Betalingsregeling niet bevestigd aan de debiteur.",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await JsonAsync(response);
        Assert.Equal(["Conduct", "Financial"], Strings(body.GetProperty("categories")));
        Assert.Equal("Communication", body.GetProperty("rootCause").GetString());
        Assert.Equal(1, body.GetProperty("version").GetInt32());
        Assert.True(body.GetProperty("isClassified").GetBoolean());
        var history = Assert.Single(body.GetProperty("history").EnumerateArray());
        Assert.Equal("Classified", history.GetProperty("change").GetString());
        Assert.Equal("kwaliteit", history.GetProperty("changedBy").GetString());
        Assert.Equal(Clock.GetUtcNow(), history.GetProperty("changedAt").GetDateTimeOffset());

        await using var connection = await Db.OpenConnectionAsync();
        var payload = JsonDocument.Parse(await connection.QuerySingleAsync<string>(
            "SELECT payload::text FROM classification.outbox_messages WHERE event_type LIKE '%ComplaintClassified%'")).RootElement;
        Assert.Equal(complaintId, payload.GetProperty("complaintId").GetGuid());
        Assert.Equal("KL-2026-000010", payload.GetProperty("reference").GetString());
        Assert.Equal(["Conduct", "Financial"], Strings(payload.GetProperty("categories")));
        Assert.Equal("Communication", payload.GetProperty("rootCause").GetString());
        Assert.False(payload.GetProperty("isReclassification").GetBoolean());
        Assert.Equal(1, await CountAsync(
            "SELECT count(*) FROM audit.audit_trail WHERE module = 'Classification' AND action = 'Classified' AND subject_id = @id AND actor = 'kwaliteit'",
            new { id = complaintId.ToString() }));
    }

    [Fact]
    public async Task Reading_a_classification_shows_it_to_management_and_the_handling_officer_and_is_audited()
    {
        var complaintId = await QueuedComplaintAsync();
        await ClassifyAsync(QualityManager(), complaintId, new { categories = new[] { "LegalSubstance" } });
        await AssignAsync(complaintId, "behandelaar");

        foreach (var (user, role) in new[] { ("directeur", Roles.Management), ("Behandelaar", Roles.ComplaintsOfficer) })
        {
            var response = await CreateClient(user, role).GetAsync($"/api/classification/complaints/{complaintId}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(["LegalSubstance"], Strings((await JsonAsync(response)).GetProperty("categories")));
        }

        Assert.Equal(2, await CountAsync(
            "SELECT count(*) FROM audit.audit_trail WHERE action = 'ClassificationRead' AND subject_id = @id AND actor IN ('directeur', 'Behandelaar')",
            new { id = complaintId.ToString() }));
    }

    [Fact]
    public async Task A_complaints_officer_who_does_not_handle_the_complaint_is_refused_its_classification_and_the_refusal_is_audited()
    {
        var complaintId = await QueuedComplaintAsync();
        await ClassifyAsync(QualityManager(), complaintId, new { categories = new[] { "Conduct" }, rootCause = "Communication", rootCauseNote = "Toon van de brief." });
        var before = await CreateClient("andere.behandelaar", Roles.ComplaintsOfficer).GetAsync($"/api/classification/complaints/{complaintId}");
        await AssignAsync(complaintId, "behandelaar");
        await AssignAsync(complaintId, "andere.behandelaar", Clock.GetUtcNow().AddHours(-1));

        var after = await CreateClient("andere.behandelaar", Roles.ComplaintsOfficer).GetAsync($"/api/classification/complaints/{complaintId}");

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (before.StatusCode, after.StatusCode));
        Assert.DoesNotContain("Toon van de brief", await after.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(2, await CountAsync(
            "SELECT count(*) FROM audit.audit_trail WHERE action = 'ClassificationReadRefused' AND subject_id = @id AND actor = 'andere.behandelaar'",
            new { id = complaintId.ToString() }));
        Assert.Equal(0, await CountAsync("SELECT count(*) FROM audit.audit_trail WHERE action = 'ClassificationRead' AND subject_id = @id",
            new { id = complaintId.ToString() }));
    }

    [Fact]
    public async Task An_unclassified_complaint_the_module_heard_of_reads_as_empty_with_no_history()
    {
        var complaintId = await QueuedComplaintAsync("KL-2026-000011");

        var body = await JsonAsync(await QualityManager().GetAsync($"/api/classification/complaints/{complaintId}"));

        Assert.False(body.GetProperty("isClassified").GetBoolean());
        Assert.Empty(body.GetProperty("categories").EnumerateArray());
        Assert.Empty(body.GetProperty("history").EnumerateArray());
    }

    [Fact]
    public async Task A_complaint_the_module_never_heard_of_is_404_for_reading_and_classifying()
    {
        var client = QualityManager();
        var unknown = Guid.NewGuid();
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/classification/complaints/{unknown}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ClassifyAsync(client, unknown, new { categories = new[] { "Conduct" } })).StatusCode);
    }

    [Fact]
    public async Task No_categories_at_all_is_refused_naming_categories()
    {
        var complaintId = await QueuedComplaintAsync();
        var client = QualityManager();

        Assert.Contains("categories", (await ErrorsAsync(await ClassifyAsync(client, complaintId, new { categories = Array.Empty<string>() }))).Keys);
        Assert.Contains("categories", (await ErrorsAsync(await ClassifyAsync(client, complaintId, new { rootCause = "Communication" }))).Keys);
        Assert.Equal(0, await CountAsync("SELECT count(*) FROM classification.classification_history"));
    }

    [Fact]
    public async Task A_category_given_twice_is_refused_naming_it()
    {
        var complaintId = await QueuedComplaintAsync();

        var errors = await ErrorsAsync(await ClassifyAsync(QualityManager(), complaintId, new { categories = new[] { "Conduct", "Financial", "Conduct" } }));

        Assert.Contains("Conduct", Assert.Single(errors["categories"]));
        Assert.Equal(0, await CountAsync("SELECT count(*) FROM classification.classification_history"));
    }

    [Fact]
    public async Task An_over_long_code_is_named_as_too_long_without_being_echoed_back()
    {
        var complaintId = await QueuedComplaintAsync();
        var huge = new string('a', 100_000);

        var response = await ClassifyAsync(QualityManager(), complaintId, new { categories = new[] { "Conduct", huge }, rootCause = huge });
        var raw = await response.Content.ReadAsStringAsync();
        var unknown = await QualityManager().GetAsync($"/api/classification/categories/{new string('b', 8_000)}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(raw.Length < 5_000, $"the answer is {raw.Length} characters long");
        Assert.Contains("categories[1]", raw, StringComparison.Ordinal);
        Assert.Contains("rootCause", raw, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.True((await unknown.Content.ReadAsStringAsync()).Length < 1_000);
    }

    [Fact]
    public async Task Every_unknown_category_and_an_unknown_cause_are_refused_at_once_naming_each_bad_value()
    {
        var complaintId = await QueuedComplaintAsync();

        var errors = await ErrorsAsync(await ClassifyAsync(QualityManager(), complaintId, new
        {
            categories = new[] { "Conduct", "Foo", "Rudeness" },
            rootCause = "BadLuck",
        }));

        Assert.Equal(["categories[1]", "categories[2]", "rootCause"], errors.Keys.Order().ToArray());
        Assert.Contains("'Foo'", errors["categories[1]"][0]);
        Assert.Contains("ExecutionGeneral", errors["categories[1]"][0]);
        Assert.Contains("'Rudeness'", errors["categories[2]"][0]);
        Assert.Contains("'BadLuck'", errors["rootCause"][0]);
        Assert.Equal(0, await CountAsync("SELECT count(*) FROM classification.classification_history"));
    }

    [Fact]
    public async Task Repeated_empty_unknown_categories_and_an_unknown_cause_are_all_named_in_one_answer()
    {
        var complaintId = await QueuedComplaintAsync();

        var errors = await ErrorsAsync(await ClassifyAsync(QualityManager(), complaintId, new
        {
            categories = new[] { "Conduct", "conduct", " ", "Foo", "Bar" },
            rootCause = "Nope",
        }));

        Assert.Equal(["categories", "categories[2]", "categories[3]", "categories[4]", "rootCause"], errors.Keys.Order().ToArray());
        Assert.Contains("Conduct", Assert.Single(errors["categories"]));
        Assert.Contains("'Foo'", Assert.Single(errors["categories[3]"]));
        Assert.Contains("'Bar'", Assert.Single(errors["categories[4]"]));
        Assert.Contains("'Nope'", Assert.Single(errors["rootCause"]));
        Assert.Equal(0, await CountAsync("SELECT count(*) FROM classification.classification_history"));
    }

    [Fact]
    public async Task An_inactive_category_and_cause_are_named_together_with_an_empty_category()
    {
        var client = QualityManager();
        var category = UniqueCode("Retired");
        var cause = UniqueCode("RetiredCause");
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync("/api/classification/categories", new { code = category, description = "oud" }, ApiJson.Options)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync("/api/classification/root-causes", new { code = cause, description = "oud" }, ApiJson.Options)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync($"/api/classification/categories/{category}/deactivate", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync($"/api/classification/root-causes/{cause}/deactivate", null)).StatusCode);
        var complaintId = await QueuedComplaintAsync();

        var errors = await ErrorsAsync(await ClassifyAsync(client, complaintId, new { categories = new[] { "Conduct", "", category }, rootCause = cause }));

        Assert.Equal(["categories[1]", "categories[2]", "rootCause"], errors.Keys.Order().ToArray());
        Assert.Contains(category, Assert.Single(errors["categories[2]"]));
        Assert.Contains(cause, Assert.Single(errors["rootCause"]));
    }

    [Fact]
    public async Task Category_names_are_matched_regardless_of_case_and_stored_in_their_own_spelling()
    {
        var complaintId = await QueuedComplaintAsync();

        var body = await JsonAsync(await ClassifyAsync(QualityManager(), complaintId, new { categories = new[] { "executiongeneral" }, rootCause = "wrongamount" }));

        Assert.Equal(["ExecutionGeneral"], Strings(body.GetProperty("categories")));
        Assert.Equal("WrongAmount", body.GetProperty("rootCause").GetString());
    }

    [Fact]
    public async Task Codes_are_trimmed_so_spaces_around_them_neither_make_them_unknown_nor_hide_a_repetition()
    {
        var complaintId = await QueuedComplaintAsync();
        var client = QualityManager();

        var repeated = await ErrorsAsync(await ClassifyAsync(client, complaintId, new { categories = new[] { " Conduct", "conduct " } }));
        Assert.Equal(["categories"], repeated.Keys.ToArray());

        var response = await ClassifyAsync(client, complaintId, new { categories = new[] { " Conduct ", "financial\t" }, rootCause = " Communication " });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await JsonAsync(response);
        Assert.Equal(["Conduct", "Financial"], Strings(body.GetProperty("categories")));
        Assert.Equal("Communication", body.GetProperty("rootCause").GetString());
    }

    [Theory]
    [InlineData(Roles.Management)]
    [InlineData(Roles.ComplaintsOfficer)]
    [InlineData(Roles.Employee)]
    public async Task Only_the_quality_manager_classifies(string role)
    {
        var complaintId = await QueuedComplaintAsync();

        var response = await ClassifyAsync(CreateClient("iemand", role), complaintId, new { categories = new[] { "Conduct" } });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(0, await CountAsync("SELECT count(*) FROM classification.classification_history"));
    }

    [Theory]
    [InlineData(Roles.Employee)]
    [InlineData(Roles.Operations)]
    public async Task Other_roles_may_not_read_a_classification(string role)
    {
        var complaintId = await QueuedComplaintAsync();
        Assert.Equal(HttpStatusCode.Forbidden, (await CreateClient("iemand", role).GetAsync($"/api/classification/complaints/{complaintId}")).StatusCode);
    }

    [Fact]
    public async Task Reclassification_needs_a_reason_and_keeps_every_version_with_who_when_and_why()
    {
        var complaintId = await QueuedComplaintAsync("KL-2026-000020");
        await ClassifyAsync(QualityManager(), complaintId, new { categories = new[] { "Conduct" }, rootCause = "Communication" });
        Clock.Advance(TimeSpan.FromDays(2));
        var other = CreateClient("kwaliteit2", Roles.QualityManager);

        var withoutReason = await ErrorsAsync(await ClassifyAsync(other, complaintId, new { categories = new[] { "Conduct", "Financial" }, rootCause = "Communication" }));
        Assert.Equal(["reason"], withoutReason.Keys.ToArray());

        var response = await ClassifyAsync(other, complaintId, new
        {
            categories = new[] { "Conduct", "Financial" },
            rootCause = "WrongAmount",
            rootCauseNote = "Rente verkeerd berekend.",
            reason = "Na behandeling bleek ook het bedrag onjuist.",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await JsonAsync(await other.GetAsync($"/api/classification/complaints/{complaintId}"));
        Assert.Equal(2, body.GetProperty("version").GetInt32());
        Assert.Equal(["Conduct", "Financial"], Strings(body.GetProperty("categories")));
        Assert.Equal("WrongAmount", body.GetProperty("rootCause").GetString());
        var history = body.GetProperty("history").EnumerateArray().ToList();
        Assert.Equal(2, history.Count);
        Assert.Equal(["Conduct"], Strings(history[0].GetProperty("categories")));
        Assert.Equal("Communication", history[0].GetProperty("rootCause").GetString());
        Assert.Equal("kwaliteit", history[0].GetProperty("changedBy").GetString());
        Assert.Equal("Reclassified", history[1].GetProperty("change").GetString());
        Assert.Equal("kwaliteit2", history[1].GetProperty("changedBy").GetString());
        Assert.Equal(Clock.GetUtcNow(), history[1].GetProperty("changedAt").GetDateTimeOffset());
        Assert.Equal("Na behandeling bleek ook het bedrag onjuist.", history[1].GetProperty("reason").GetString());
        Assert.Equal(1, await CountAsync(
            "SELECT count(*) FROM classification.outbox_messages WHERE (payload->>'isReclassification')::boolean AND (payload->>'version')::int = 2"));
        Assert.Equal(1, await CountAsync("SELECT count(*) FROM audit.audit_trail WHERE action = 'Reclassified' AND actor = 'kwaliteit2'"));
    }

    [Fact]
    public async Task The_cause_can_be_added_later_without_a_reason_but_changing_it_needs_one()
    {
        var complaintId = await QueuedComplaintAsync();
        var client = QualityManager();
        await ClassifyAsync(client, complaintId, new { categories = new[] { "ExecutionGeneral" } });

        var added = await ClassifyAsync(client, complaintId, new { categories = new[] { "ExecutionGeneral" }, rootCause = "SystemError", rootCauseNote = "Brief niet verzonden." });
        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        var body = await JsonAsync(added);
        Assert.Equal("SystemError", body.GetProperty("rootCause").GetString());
        Assert.Equal("RootCauseRecorded", body.GetProperty("history")[1].GetProperty("change").GetString());

        var changed = await ErrorsAsync(await ClassifyAsync(client, complaintId, new { categories = new[] { "ExecutionGeneral" }, rootCause = "ThirdParty" }));
        Assert.Equal(["reason"], changed.Keys.ToArray());
        Assert.Equal(2, await CountAsync("SELECT count(*) FROM classification.classification_history"));
    }

    [Fact]
    public async Task Sending_the_same_classification_again_makes_no_new_version()
    {
        var complaintId = await QueuedComplaintAsync();
        var client = QualityManager();
        await ClassifyAsync(client, complaintId, new { categories = new[] { "Conduct", "Financial" } });

        var again = await ClassifyAsync(client, complaintId, new { categories = new[] { "Financial", "Conduct" } });

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(1, (await JsonAsync(again)).GetProperty("version").GetInt32());
        Assert.Equal(1, await CountAsync("SELECT count(*) FROM classification.classification_history"));
        Assert.Equal(1, await CountAsync("SELECT count(*) FROM classification.outbox_messages"));
    }

    [Fact]
    public async Task The_history_cannot_be_rewritten_even_directly_in_the_database()
    {
        var complaintId = await QueuedComplaintAsync();
        await ClassifyAsync(QualityManager(), complaintId, new { categories = new[] { "Conduct" } });

        await using var connection = await Db.OpenConnectionAsync();
        await Assert.ThrowsAsync<Npgsql.PostgresException>(() =>
            connection.ExecuteAsync("UPDATE classification.classification_history SET reason = 'x'"));
        await Assert.ThrowsAsync<Npgsql.PostgresException>(() =>
            connection.ExecuteAsync("DELETE FROM classification.classification_history"));
    }
}

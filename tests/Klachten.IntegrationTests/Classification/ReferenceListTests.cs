using System.Net;
using System.Net.Http.Json;
using Klachten.BuildingBlocks.Application;
using Klachten.IntegrationTests.Infrastructure;

namespace Klachten.IntegrationTests.Classification;

public sealed class ReferenceListTests(ApiFixture fixture) : ClassificationTestBase(fixture)
{
    private static Task<HttpResponseMessage> AddAsync(HttpClient client, string list, string? code, string? description = "nieuwe categorie") =>
        client.PostAsJsonAsync($"/api/classification/{list}", new { code, description }, ApiJson.Options);

    [Fact]
    public async Task The_four_categories_of_the_seed_are_there_with_their_Dutch_descriptions()
    {
        var categories = (await JsonAsync(await CreateClient("directeur", Roles.Management).GetAsync("/api/classification/categories")))
            .EnumerateArray().ToDictionary(c => c.GetProperty("code").GetString()!, c => c.GetProperty("description").GetString());

        Assert.Equal("werkwijze van / bejegening door de incassomedewerker", categories["Conduct"]);
        Assert.Equal("juridisch-inhoudelijke aspecten van de dienstverlening", categories["LegalSubstance"]);
        Assert.Equal("financiële aspecten van de dienstverlening", categories["Financial"]);
        Assert.Equal("uitvoering in het algemeen", categories["ExecutionGeneral"]);
    }

    [Fact]
    public async Task The_seeded_root_causes_are_there()
    {
        var codes = (await JsonAsync(await QualityManager().GetAsync("/api/classification/root-causes")))
            .EnumerateArray().Select(c => c.GetProperty("code").GetString()).ToList();

        Assert.Superset(new HashSet<string?> { "Communication", "WrongAmount", "ProcedureNotFollowed", "SystemError", "ThirdParty" }, codes.ToHashSet());
    }

    [Theory]
    [InlineData("categories")]
    [InlineData("root-causes")]
    public async Task The_quality_manager_adds_an_entry_that_can_then_be_chosen(string list)
    {
        var client = QualityManager();
        var code = UniqueCode("Extra");

        var created = await AddAsync(client, list, code, "voor de analyse van volgend jaar");

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal($"/api/classification/{list}/{code}", created.Headers.Location?.OriginalString);
        Assert.Contains(code, (await JsonAsync(await client.GetAsync($"/api/classification/{list}"))).GetRawText());
        var complaintId = await QueuedComplaintAsync();
        var classify = await ClassifyAsync(client, complaintId, list == "categories"
            ? new { categories = new[] { code }, rootCause = (string?)null }
            : new { categories = new[] { "Conduct" }, rootCause = (string?)code });
        Assert.Equal(HttpStatusCode.OK, classify.StatusCode);
    }

    [Fact]
    public async Task A_code_is_trimmed_when_added_and_when_named_in_the_address()
    {
        var client = QualityManager();
        var code = UniqueCode("Spaced");

        var created = await AddAsync(client, "categories", $"  {code} ");
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(code, (await JsonAsync(created)).GetProperty("code").GetString());
        Assert.Equal($"/api/classification/categories/{code}", created.Headers.Location?.OriginalString);

        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync($"/api/classification/categories/%20{code}%20/deactivate", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/classification/categories/%20{code}")).StatusCode);
    }

    [Theory]
    [InlineData("categories")]
    [InlineData("root-causes")]
    public async Task The_Location_of_an_added_entry_answers_with_that_entry(string list)
    {
        var code = UniqueCode("Located");
        var created = await AddAsync(QualityManager(), list, code, "om te volgen");
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        var response = await CreateClient("behandelaar", Roles.ComplaintsOfficer).GetAsync(created.Headers.Location);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var entry = await JsonAsync(response);
        Assert.Equal(code, entry.GetProperty("code").GetString());
        Assert.Equal("om te volgen", entry.GetProperty("description").GetString());
        Assert.True(entry.GetProperty("active").GetBoolean());
    }

    [Fact]
    public async Task A_single_entry_is_found_regardless_of_case_and_an_unknown_one_is_404()
    {
        var client = CreateClient("directeur", Roles.Management);

        var found = await client.GetAsync("/api/classification/root-causes/wrongamount");
        Assert.Equal(HttpStatusCode.OK, found.StatusCode);
        Assert.Equal("WrongAmount", (await JsonAsync(found)).GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/classification/categories/NoSuchThing")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await CreateClient("iemand", Roles.Employee).GetAsync("/api/classification/categories/Conduct")).StatusCode);
    }

    [Fact]
    public async Task A_code_that_exists_regardless_of_case_is_refused_with_409_code_exists()
    {
        var response = await AddAsync(QualityManager(), "categories", "FINANCIAL");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("code_exists", await CodeAsync(response));
    }

    [Theory]
    [InlineData("wrong amount")]
    [InlineData("wrongAmount")]
    [InlineData("Wrong-Amount")]
    [InlineData("")]
    public async Task A_code_that_is_not_a_PascalCase_identifier_is_refused_naming_code(string code)
    {
        var errors = await ErrorsAsync(await AddAsync(QualityManager(), "root-causes", code, ""));
        Assert.Equal(["code", "description"], errors.Keys.Order().ToArray());
    }

    [Theory]
    [InlineData(Roles.Management)]
    [InlineData(Roles.ComplaintsOfficer)]
    public async Task Only_the_quality_manager_maintains_the_lists(string role)
    {
        var response = await AddAsync(CreateClient("iemand", role), "categories", UniqueCode("Extra"));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task A_category_in_use_is_never_deleted_but_an_unused_one_can_be()
    {
        var client = QualityManager();
        var used = UniqueCode("Used");
        var unused = UniqueCode("Unused");
        await AddAsync(client, "categories", used);
        await AddAsync(client, "categories", unused);
        var complaintId = await QueuedComplaintAsync();
        await ClassifyAsync(client, complaintId, new { categories = new[] { used } });
        // Reclassified away from it: it stays in use, because the history still names it.
        await ClassifyAsync(client, complaintId, new { categories = new[] { "Conduct" }, reason = "verkeerd gekozen" });

        var refused = await client.DeleteAsync($"/api/classification/categories/{used}");
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal("code_in_use", await CodeAsync(refused));

        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/classification/categories/{unused}")).StatusCode);
        var codes = (await JsonAsync(await client.GetAsync("/api/classification/categories"))).GetRawText();
        Assert.Contains(used, codes);
        Assert.DoesNotContain(unused, codes);
    }

    [Fact]
    public async Task A_root_cause_in_use_is_never_deleted()
    {
        var client = QualityManager();
        var cause = UniqueCode("Cause");
        await AddAsync(client, "root-causes", cause);
        await ClassifyAsync(client, await QueuedComplaintAsync(), new { categories = new[] { "Conduct" }, rootCause = cause });

        var refused = await client.DeleteAsync($"/api/classification/root-causes/{cause}");

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal("code_in_use", await CodeAsync(refused));
    }

    [Fact]
    public async Task An_inactive_category_cannot_be_chosen_anew_but_a_complaint_that_has_it_keeps_it()
    {
        var client = QualityManager();
        var code = UniqueCode("Retiring");
        await AddAsync(client, "categories", code);
        var carrying = await QueuedComplaintAsync("KL-2026-000030");
        await ClassifyAsync(client, carrying, new { categories = new[] { code } });

        var deactivated = await client.PostAsync($"/api/classification/categories/{code}/deactivate", null);
        Assert.Equal(HttpStatusCode.OK, deactivated.StatusCode);
        Assert.False((await JsonAsync(deactivated)).GetProperty("active").GetBoolean());

        var fresh = await QueuedComplaintAsync("KL-2026-000031");
        var errors = await ErrorsAsync(await ClassifyAsync(client, fresh, new { categories = new[] { "Conduct", code } }));
        Assert.Contains(code, Assert.Single(errors["categories[1]"]));

        var causeAdded = await ClassifyAsync(client, carrying, new { categories = new[] { code }, rootCause = "ThirdParty" });
        Assert.Equal(HttpStatusCode.OK, causeAdded.StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync($"/api/classification/categories/{code}/activate", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await ClassifyAsync(client, fresh, new { categories = new[] { "Conduct", code } })).StatusCode);
    }

    [Fact]
    public async Task Deleting_or_deactivating_an_unknown_code_is_404()
    {
        var client = QualityManager();
        Assert.Equal(HttpStatusCode.NotFound, (await client.DeleteAsync("/api/classification/categories/NoSuchThing")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsync("/api/classification/root-causes/NoSuchThing/deactivate", null)).StatusCode);
    }
}

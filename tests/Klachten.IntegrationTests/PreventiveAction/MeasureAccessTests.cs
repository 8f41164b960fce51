using System.Net;
using System.Net.Http.Json;
using Klachten.BuildingBlocks.Application;
using Klachten.IntegrationTests.Infrastructure;

namespace Klachten.IntegrationTests.PreventiveAction;

public sealed class MeasureAccessTests(ApiFixture fixture) : PreventiveActionApiTest(fixture)
{
    [Fact]
    public async Task Only_the_quality_manager_proposes_and_follows_up_and_reviews()
    {
        var form = new { title = "Iets", kind = "Preventive" };
        foreach (var client in new[] { Management, OwnerClient, CreateClient("officer.devries", Roles.ComplaintsOfficer) })
        {
            await ExpectAsync(HttpStatusCode.Forbidden, client.PostAsJsonAsync($"{Api}/measures", form, ApiJson.Options));
        }

        var id = await InProgressAsync();
        await ExpectAsync(HttpStatusCode.Forbidden, Management.PostAsJsonAsync(Measure(id, "/effectiveness-review"),
            new { effectiveness = "Effective", notes = "x" }, ApiJson.Options));
        await ExpectAsync(HttpStatusCode.Forbidden, OwnerClient.PostAsJsonAsync(Measure(id, "/follow-up"), new { }, ApiJson.Options));
        Assert.Equal(0, await CountAsync("SELECT count(*) FROM preventive_action.measures WHERE title = 'Iets'"));
    }

    [Fact]
    public async Task Only_management_decides_and_cancels()
    {
        var id = await ProposeAsync();
        foreach (var client in new[] { QualityManager, OwnerClient })
        {
            await ExpectAsync(HttpStatusCode.Forbidden, client.PostAsJsonAsync(Measure(id, "/decision"),
                new { decision = "Rejected", reasoning = "Nee." }, ApiJson.Options));
            await ExpectAsync(HttpStatusCode.Forbidden, client.PostAsJsonAsync(Measure(id, "/cancellation"), new { reason = "Nee." },
                ApiJson.Options));
        }

        Assert.Equal("Proposed", (await GetMeasureAsync(id)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Only_the_quality_manager_or_management_plans_an_approved_measure()
    {
        var id = await ApprovedAsync();
        await ExpectAsync(HttpStatusCode.Forbidden, OwnerClient.PostAsJsonAsync(Measure(id, "/start"),
            new { owner = OwnerName, dueOn = "2026-04-30", reviewOn = "2026-10-31" }, ApiJson.Options));
        await ExpectAsync(HttpStatusCode.OK, Management.PostAsJsonAsync(Measure(id, "/start"),
            new { owner = OwnerName, dueOn = "2026-04-30", reviewOn = "2026-10-31" }, ApiJson.Options));
    }

    [Fact]
    public async Task Only_the_owner_records_progress_and_completion()
    {
        var id = await InProgressAsync();
        foreach (var client in new[] { QualityManager, Management, OtherEmployeeClient })
        {
            await ExpectAsync(HttpStatusCode.Forbidden, client.PostAsJsonAsync(Measure(id, "/progress"), new { note = "x" },
                ApiJson.Options));
            await ExpectAsync(HttpStatusCode.Forbidden, client.PostAsJsonAsync(Measure(id, "/completion"), new { result = "x" },
                ApiJson.Options));
        }

        // The owner's user name in another letter case is the same person.
        await ExpectAsync(HttpStatusCode.OK, CreateClient("Employee.Visser", Roles.Employee).PostAsJsonAsync(Measure(id, "/progress"),
            new { note = "Bezig." }, ApiJson.Options));
        Assert.Equal("InProgress", (await GetMeasureAsync(id)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Anyone_else_reads_only_the_measures_they_own_and_a_refused_read_is_audited()
    {
        var owned = await InProgressAsync();
        var notOwned = await ProposeAsync();

        await GetMeasureAsync(owned, OwnerClient);
        await ExpectAsync(HttpStatusCode.Forbidden, OtherEmployeeClient.GetAsync(Measure(owned)));
        await ExpectAsync(HttpStatusCode.Forbidden, OwnerClient.GetAsync(Measure(notOwned)));
        await GetMeasureAsync(notOwned, Management);

        var list = await ExpectAsync(HttpStatusCode.OK, OwnerClient.GetAsync($"{Api}/measures"));
        Assert.Equal([owned], list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()));
        Assert.Empty((await ExpectAsync(HttpStatusCode.OK,
            OtherEmployeeClient.GetAsync($"{Api}/measures"))).GetProperty("items").EnumerateArray());
        await ExpectAsync(HttpStatusCode.Forbidden, OtherEmployeeClient.GetAsync($"{Api}/measures?owner={OwnerName}"));
        Assert.Equal(2, (await ExpectAsync(HttpStatusCode.OK,
            Management.GetAsync($"{Api}/measures"))).GetProperty("totalCount").GetInt64());

        Assert.Equal(1, await CountAsync("""
            SELECT count(*) FROM audit.audit_trail
            WHERE module = 'PreventiveAction' AND action = 'MeasureRead' AND subject_id = @id AND actor = @actor
            """, new { id = owned.ToString(), actor = OwnerName }));
        Assert.Equal(1, await CountAsync("""
            SELECT count(*) FROM audit.audit_trail WHERE action = 'MeasureReadRefused' AND subject_id = @id AND actor = @actor
            """, new { id = owned.ToString(), actor = OtherEmployee }));
        Assert.Equal(1, await CountAsync("""
            SELECT count(*) FROM audit.audit_trail WHERE action = 'MeasureRead' AND subject_id = @id AND actor = @actor
            """, new { id = notOwned.ToString(), actor = DirectorName }));
    }

    [Fact]
    public async Task Without_a_token_every_path_is_401()
    {
        var anonymous = CreateAnonymousClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync($"{Api}/measures")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync($"{Api}/recommendations")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync($"{Api}/measures", new { })).StatusCode);
    }
}

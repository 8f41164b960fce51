using System.Net;
using System.Net.Http.Json;
using Klachten.BuildingBlocks.Application;
using Klachten.IntegrationTests.Infrastructure;

namespace Klachten.IntegrationTests.Handling;

/// <summary>ADR 0018: a case carries its version as ETag; a step with a stale If-Match is a 412 and changes nothing.</summary>
public sealed class HandlingETagTests(ApiFixture fixture) : HandlingApiTest(fixture)
{
    [Fact]
    public async Task A_case_answers_its_version_as_ETag_on_a_read_and_on_every_step()
    {
        var id = await RegisterAndAssignAsync();
        var read = await QualityManager.GetAsync(Cases(id));
        Assert.Equal($"\"{await VersionOfAsync(id)}\"", read.Headers.ETag?.Tag);

        var contact = await OfficerClient.PostAsJsonAsync(Cases(id, "/contacts"), Contact(), ApiJson.Options);
        Assert.Equal(HttpStatusCode.Created, contact.StatusCode);
        Assert.Equal($"\"{await VersionOfAsync(id)}\"", contact.Headers.ETag?.Tag);
        Assert.NotEqual(read.Headers.ETag?.Tag, contact.Headers.ETag?.Tag);
    }

    [Fact]
    public async Task Two_officers_read_one_changes_and_the_others_change_with_the_old_ETag_is_412_and_changes_nothing()
    {
        var id = await RegisterAndAssignAsync();
        var officerRead = (await OfficerClient.GetAsync(Cases(id))).Headers.ETag!.Tag;
        var managerRead = (await QualityManager.GetAsync(Cases(id))).Headers.ETag!.Tag;
        Assert.Equal(officerRead, managerRead);

        await ExpectAsync(HttpStatusCode.Created, Send(OfficerClient, Cases(id, "/contacts"), Contact(), officerRead));
        var before = await VersionOfAsync(id);

        await ExpectRefusedAsync(HttpStatusCode.PreconditionFailed, ResourceVersionRules.StaleVersion,
            Send(QualityManager, Cases(id, "/assignment"), new { officer = OtherOfficer }, managerRead));
        Assert.Equal(before, await VersionOfAsync(id));
        Assert.Equal(Officer, (await GetCaseAsync(id)).GetProperty("officer").GetString());

        // Read again, the same change goes through.
        var fresh = (await QualityManager.GetAsync(Cases(id))).Headers.ETag!.Tag;
        await ExpectAsync(HttpStatusCode.OK, Send(QualityManager, Cases(id, "/assignment"), new { officer = OtherOfficer }, fresh));
        Assert.Equal(OtherOfficer, (await GetCaseAsync(id)).GetProperty("officer").GetString());
    }

    [Fact]
    public async Task A_stale_If_Match_wins_over_a_rule_the_newer_state_breaks()
    {
        var id = await RegisterAndAssignAsync();
        var etag = (await OfficerClient.GetAsync(Cases(id))).Headers.ETag!.Tag;
        await ExpectAsync(HttpStatusCode.OK, Send(OfficerClient, Cases(id, "/decision"), Decision(), etag));

        // Decided since: the second decision is told to reload, not that the complaint was already decided.
        await ExpectRefusedAsync(HttpStatusCode.PreconditionFailed, ResourceVersionRules.StaleVersion,
            Send(OfficerClient, Cases(id, "/decision"), Decision(), etag));
    }

    [Fact]
    public async Task A_step_without_If_Match_is_allowed_and_a_malformed_one_is_400_naming_the_header()
    {
        var id = await RegisterAndAssignAsync();
        await ExpectAsync(HttpStatusCode.Created, OfficerClient.PostAsJsonAsync(Cases(id, "/contacts"), Contact(), ApiJson.Options));

        var before = await VersionOfAsync(id);
        var problem = await ExpectAsync(HttpStatusCode.BadRequest, Send(OfficerClient, Cases(id, "/contacts"), Contact(), "W/\"1\"", raw: true));
        Assert.True(problem.GetProperty("errors").TryGetProperty("If-Match", out _));
        Assert.Equal(before, await VersionOfAsync(id));
    }

    private static object Contact() => new
    {
        contactedAt = "2026-03-02T08:50:00Z", channel = "Phone", summary = "Gebeld over de kosten.", nextStep = "Brief sturen.",
    };

    private static object Decision() => new { outcome = "Unfounded", reasoning = "De kosten zijn correct berekend." };

    private static Task<HttpResponseMessage> Send(HttpClient client, string url, object body, string ifMatch, bool raw = false)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(body, options: ApiJson.Options) };
        if (raw)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }
        else
        {
            request.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue(ifMatch));
        }

        return client.SendAsync(request);
    }
}

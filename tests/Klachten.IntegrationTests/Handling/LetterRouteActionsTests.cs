using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using Klachten.IntegrationTests.Infrastructure;

namespace Klachten.IntegrationTests.Handling;

/// <summary>
/// allowedActions and the route of a letter to the complainant (LetterRoutes): extend (the system picks e-mail, else post) and
/// sendDecisionLetter (the caller picks the channel) are listed, on the case, in the case list and in the complaint view, when
/// at least one route reaches the complainant, and not when none does.
/// </summary>
public sealed class LetterRouteActionsTests(ApiFixture fixture) : HandlingApiTest(fixture)
{
    public enum Reach
    {
        EmailOnly,
        PostOnly,
        None,
    }

    private static readonly object ExtensionBody = new
    {
        newDueOn = "2026-03-20", reason = "Wachten op stukken van de opdrachtgever.", messageToComplainant = "Wij wachten op stukken.",
    };

    [Theory]
    [InlineData(Reach.EmailOnly, "Email")]
    [InlineData(Reach.PostOnly, "Letter")]
    public async Task An_assigned_case_lists_extend_when_a_route_reaches_the_complainant_and_the_notice_takes_it(Reach reach, string channel)
    {
        var id = await ArrangeAsync(reach, decided: false);
        Assert.Contains("extend", await ListedAsync(id));

        var extended = await ExpectAsync(HttpStatusCode.OK, OfficerClient.PostAsJsonAsync(Cases(id, "/extension"), ExtensionBody,
            ApiJson.Options));
        Assert.Equal(channel, extended.GetProperty("noticeChannel").GetString());
    }

    [Theory]
    [InlineData(Reach.EmailOnly, "Email", "Letter", "no_postal_address")]
    [InlineData(Reach.PostOnly, "Letter", "Email", "no_email_address")]
    public async Task A_decided_case_lists_sendDecisionLetter_when_one_channel_reaches_the_complainant_and_the_other_is_still_422(
        Reach reach, string reaching, string notReaching, string code)
    {
        var id = await ArrangeAsync(reach, decided: true);
        Assert.Contains("sendDecisionLetter", await ListedAsync(id));

        await ExpectRefusedAsync(HttpStatusCode.UnprocessableEntity, code, OfficerClient.PostAsJsonAsync(Cases(id, "/decision-letter"),
            new { channel = notReaching }, ApiJson.Options));
        await ExpectAsync(HttpStatusCode.OK, OfficerClient.PostAsJsonAsync(Cases(id, "/decision-letter"), new { channel = reaching },
            ApiJson.Options));
    }

    [Fact]
    public async Task Without_any_address_in_Intake_an_assigned_case_does_not_list_extend_and_extending_is_422()
    {
        var id = await ArrangeAsync(Reach.None, decided: false);
        var listed = await ListedAsync(id);
        Assert.DoesNotContain("extend", listed);
        Assert.Contains("decide", listed);

        await ExpectRefusedAsync(HttpStatusCode.UnprocessableEntity, "no_postal_address",
            OfficerClient.PostAsJsonAsync(Cases(id, "/extension"), ExtensionBody, ApiJson.Options));
    }

    [Fact]
    public async Task Without_any_address_in_Intake_a_decided_case_does_not_list_sendDecisionLetter_and_both_channels_are_422()
    {
        var id = await ArrangeAsync(Reach.None, decided: true);
        Assert.DoesNotContain("sendDecisionLetter", await ListedAsync(id));

        await ExpectRefusedAsync(HttpStatusCode.UnprocessableEntity, "no_email_address",
            OfficerClient.PostAsJsonAsync(Cases(id, "/decision-letter"), new { channel = "Email" }, ApiJson.Options));
        await ExpectRefusedAsync(HttpStatusCode.UnprocessableEntity, "no_postal_address",
            OfficerClient.PostAsJsonAsync(Cases(id, "/decision-letter"), new { channel = "Letter" }, ApiJson.Options));
    }

    /// <summary>
    /// The officer's allowedActions for the case, the same on the case, its row in the case list and the complaint view (which
    /// adds other modules' actions).
    /// </summary>
    private async Task<IReadOnlyList<string>> ListedAsync(Guid id)
    {
        var onCase = Names((await GetCaseAsync(id, OfficerClient)).GetProperty("allowedActions"));
        var page = await ExpectAsync(HttpStatusCode.OK, OfficerClient.GetAsync("/api/handling/cases?pageSize=200"));
        var row = page.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("complaintId").GetGuid() == id);
        Assert.Equal(onCase, Names(row.GetProperty("allowedActions")));
        var view = await ExpectAsync(HttpStatusCode.OK, OfficerClient.GetAsync($"/api/complaints/{id}"));
        Assert.Superset(onCase.ToHashSet(), Names(view.GetProperty("allowedActions")).ToHashSet());
        return onCase;
    }

    private static List<string> Names(JsonElement actions) => actions.EnumerateArray().Select(a => a.GetString()!).ToList();

    private async Task<Guid> ArrangeAsync(Reach reach, bool decided)
    {
        var employee = CreateClient("employee.visser", Klachten.BuildingBlocks.Application.Roles.Employee);
        var registered = await ExpectAsync(HttpStatusCode.Created, employee.PostAsJsonAsync("/api/intake/complaints", new
        {
            complainant = new
            {
                name = "J. de Boer",
                type = "Debtor",
                email = reach == Reach.PostOnly ? null : "klager@example.org",
                address = reach == Reach.EmailOnly ? null : new { street = "Kerkstraat 1", postalCode = "1011 AA", city = "Amsterdam" },
            },
            channel = "Phone",
            receivedAt = "2026-03-02T09:30:00+01:00",
            description = "De incassokosten zijn te hoog berekend.",
            requestedOutcome = "Verlaging van de kosten.",
        }, ApiJson.Options));
        var id = registered.GetProperty("id").GetGuid();
        await Eventually(async () =>
        {
            await using var connection = await Db.OpenConnectionAsync();
            return await connection.ExecuteScalarAsync<int>("SELECT count(*) FROM handling.cases WHERE complaint_id = @id", new { id }) == 1;
        }, "the handling case is opened from ComplaintRegistered");
        await ExpectAsync(HttpStatusCode.OK, QualityManager.PostAsJsonAsync(Cases(id, "/assignment"), new { officer = Officer },
            ApiJson.Options));
        if (decided)
        {
            await ExpectAsync(HttpStatusCode.OK, OfficerClient.PostAsJsonAsync(Cases(id, "/decision"),
                new { outcome = "Unfounded", reasoning = "Correct berekend." }, ApiJson.Options));
        }

        if (reach == Reach.None)
        {
            // Registration (and a check constraint) needs one of the two; Intake holds neither only once the erasure of personal
            // data ran, which the retention sweep does for closed complaints: here it is done to an open case.
            await using var connection = await Db.OpenConnectionAsync();
            await connection.ExecuteAsync("""
                UPDATE intake.complaints SET complainant_email = NULL, address_street = NULL, address_postal_code = NULL,
                    address_city = NULL, anonymised_at = now()
                WHERE id = @id
                """, new { id });
        }

        return id;
    }
}

using System.Net;
using System.Net.Http.Json;
using Dapper;
using Klachten.IntegrationTests.Infrastructure;

namespace Klachten.IntegrationTests.Handling;

/// <summary>Dates the officer enters are checked against "today" in Amsterdam and against the case's own dates.</summary>
public sealed class HandlingDateRulesTests(ApiFixture fixture) : HandlingApiTest(fixture)
{
    [Fact]
    public async Task A_referral_outcome_dated_in_the_future_is_400_on_decidedOn_and_today_is_accepted()
    {
        var id = await ReferredAsync();
        // 6 April 23:30 UTC is already 7 April in Amsterdam.
        Clock.Set(new DateTimeOffset(2026, 4, 6, 23, 30, 0, TimeSpan.Zero));

        foreach (var decidedOn in new[] { "2099-01-01", "2026-04-08" })
        {
            var problem = await ExpectAsync(HttpStatusCode.BadRequest, QualityManager.PostAsJsonAsync(Cases(id, "/referral/outcome"),
                new { outcome = "Rejected", decidedOn }, ApiJson.Options));
            Assert.True(problem.GetProperty("errors").TryGetProperty("decidedOn", out _), $"{decidedOn}: {problem}");
        }

        Assert.Equal("Referred", (await GetCaseAsync(id)).GetProperty("status").GetString());
        await ExpectAsync(HttpStatusCode.OK, QualityManager.PostAsJsonAsync(Cases(id, "/referral/outcome"),
            new { outcome = "Rejected", decidedOn = "2026-04-07" }, ApiJson.Options));
        Assert.Equal("2026-04-07", (await GetCaseAsync(id)).GetProperty("referral").GetProperty("decidedOn").GetString());
    }

    [Theory]
    [InlineData("2026-03-02T10:00:00")] // was stored as 10:00 UTC, an hour off for a call in Amsterdam
    [InlineData("2026-03-02")]
    [InlineData("2026-03-02T10:00:00+01")]
    public async Task A_contact_moment_without_an_offset_is_400_on_contactedAt(string contactedAt)
    {
        var id = await RegisterAndAssignAsync();

        var problem = await ExpectAsync(HttpStatusCode.BadRequest, OfficerClient.PostAsJsonAsync(Cases(id, "/contacts"),
            new { contactedAt, channel = "Phone", summary = "Teruggebeld" }, ApiJson.Options));

        Assert.True(problem.GetProperty("errors").TryGetProperty("contactedAt", out _), problem.ToString());
    }

    [Fact]
    public async Task An_extension_of_more_than_four_weeks_is_422_extension_too_long_and_sends_no_notice()
    {
        var id = await RegisterAndAssignAsync(); // settlement due 16 March 2026
        var version = await VersionOfAsync(id);

        foreach (var newDueOn in new[] { "9999-12-31", "2026-04-14" })
        {
            await ExpectRefusedAsync(HttpStatusCode.UnprocessableEntity, "extension_too_long", OfficerClient.PostAsJsonAsync(Cases(id, "/extension"),
                new
                {
                    newDueOn, reason = "Wij wachten op het dossier.",
                    messageToComplainant = "Wij hebben meer tijd nodig om uw klacht zorgvuldig te onderzoeken."
                }, ApiJson.Options));
        }

        Assert.Equal(version, await VersionOfAsync(id));
        Assert.Empty(MailsContaining("Verlenging van de behandeltermijn"));
        await ExpectAsync(HttpStatusCode.OK, OfficerClient.PostAsJsonAsync(Cases(id, "/extension"),
            new { newDueOn = "2026-04-13", reason = "Wij wachten op het dossier.", messageToComplainant = "Wij hebben meer tijd nodig om uw klacht zorgvuldig te onderzoeken." }, ApiJson.Options));
    }

    [Fact]
    public async Task A_contact_dated_before_the_complaint_was_received_is_422_contact_before_receipt_and_nothing_is_logged()
    {
        var id = await RegisterAndAssignAsync(); // received 2 March 2026, 09:30 Amsterdam
        var version = await VersionOfAsync(id);

        foreach (var contactedAt in new[] { "2020-01-01T10:00:00+01:00", "2026-03-01T23:59:00+01:00" })
        {
            await ExpectRefusedAsync(HttpStatusCode.UnprocessableEntity, "contact_before_receipt", OfficerClient.PostAsJsonAsync(Cases(id, "/contacts"),
                new { contactedAt, channel = "Phone", summary = "Teruggebeld" }, ApiJson.Options));
        }

        Assert.Empty((await GetCaseAsync(id)).GetProperty("contacts").EnumerateArray());
        Assert.Equal(version, await VersionOfAsync(id));
    }

    [Fact]
    public async Task A_contact_with_a_Dutch_offset_is_201_and_stored_as_the_same_instant()
    {
        var id = await RegisterAndAssignAsync();
        Clock.Set(new DateTimeOffset(2026, 3, 3, 9, 0, 0, TimeSpan.Zero));

        await ExpectAsync(HttpStatusCode.Created, OfficerClient.PostAsJsonAsync(Cases(id, "/contacts"),
            new { contactedAt = "2026-03-02T11:00:00+01:00", channel = "Phone", summary = "Teruggebeld" }, ApiJson.Options));

        var contact = Assert.Single((await GetCaseAsync(id)).GetProperty("contacts").EnumerateArray());
        Assert.Equal(new DateTimeOffset(2026, 3, 2, 10, 0, 0, TimeSpan.Zero), contact.GetProperty("contactedAt").GetDateTimeOffset());
        await using var connection = await Db.OpenConnectionAsync();
        Assert.Equal(new DateTime(2026, 3, 2, 10, 0, 0, DateTimeKind.Utc), await connection.ExecuteScalarAsync<DateTime>(
            "SELECT contacted_at FROM handling.contacts WHERE complaint_id = @id", new { id }));
    }

    private async Task<Guid> ReferredAsync()
    {
        var id = await RegisterAndAssignAsync();
        await ExpectAsync(HttpStatusCode.OK, OfficerClient.PostAsJsonAsync(Cases(id, "/decision"),
            new { outcome = "Unfounded", reasoning = "De kosten zijn volgens de wet berekend." }, ApiJson.Options));
        await ExpectAsync(HttpStatusCode.OK, OfficerClient.PostAsJsonAsync(Cases(id, "/decision-letter"), new { channel = "Letter" }, ApiJson.Options));
        Clock.Set(new DateTimeOffset(2026, 3, 20, 9, 0, 0, TimeSpan.Zero));
        await ExpectAsync(HttpStatusCode.OK, OfficerClient.PostAsJsonAsync(Cases(id, "/referral"),
            new { submittedOn = "2026-03-19", caseNumber = "GC-2026-201" }, ApiJson.Options));
        return id;
    }
}

using System.Net;
using System.Net.Http.Json;
using Dapper;
using Klachten.IntegrationTests.Infrastructure;

namespace Klachten.IntegrationTests.Handling;

public sealed class HandlingAuditTests(ApiFixture fixture) : HandlingApiTest(fixture)
{
    [Fact]
    public async Task Audit_details_name_enum_values_instead_of_numbering_them()
    {
        var id = await RegisterAndAssignAsync();
        await ExpectAsync(HttpStatusCode.Created, OfficerClient.PostAsJsonAsync(Cases(id, "/contacts"),
            new { contactedAt = "2026-03-02T08:50:00Z", channel = "Email", summary = "Kostenoverzicht gemaild" }, ApiJson.Options));
        await ExpectAsync(HttpStatusCode.OK, OfficerClient.PostAsJsonAsync(Cases(id, "/decision"),
            new { outcome = "PartlyWellFounded", reasoning = "De kosten zijn deels onjuist berekend.", remedy = "Wij crediteren EUR 40." },
            ApiJson.Options));

        await using var connection = await Db.OpenConnectionAsync();
        var details = (await connection.QueryAsync<(string Action, string Details)>(
            "SELECT action, details::text FROM audit.audit_trail WHERE subject_id = @id AND action IN ('ContactLogged', 'ComplaintDecided')",
            new { id = id.ToString() })).ToDictionary(r => r.Action, r => r.Details);

        Assert.Contains("\"outcome\": \"PartlyWellFounded\"", details["ComplaintDecided"]);
        Assert.Contains("\"channel\": \"Email\"", details["ContactLogged"]);
    }
}

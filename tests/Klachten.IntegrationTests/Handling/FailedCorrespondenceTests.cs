using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using Klachten.BuildingBlocks.Application;
using Klachten.IntegrationTests.Infrastructure;

namespace Klachten.IntegrationTests.Handling;

/// <summary>Failed e-mails of every module are listed in one place for the quality manager and operations, and can be sent again.</summary>
public sealed class FailedCorrespondenceTests(ApiFixture fixture) : HandlingApiTest(fixture)
{
    private const string Failed = "/api/correspondence?status=Failed";

    private async Task<Guid> WithFailedLettersInBothModulesAsync()
    {
        var id = await RegisterAndAssignAsync();
        await ExpectAsync(HttpStatusCode.OK, OfficerClient.PostAsJsonAsync(Cases(id, "/decision"),
            new { outcome = "Unfounded", reasoning = "Correct berekend." }, ApiJson.Options));
        await ExpectAsync(HttpStatusCode.OK, OfficerClient.PostAsJsonAsync(Cases(id, "/decision-letter"), new { channel = "Email" }, ApiJson.Options));
        await using var connection = await Db.OpenConnectionAsync();
        // The rows as the delivery leaves them after an SMTP error (the next attempt an hour away).
        foreach (var table in new[] { "handling.correspondence", "intake.correspondence" })
        {
            await connection.ExecuteAsync($"""
                UPDATE {table} SET status = 'Pending', sent_at = NULL, attempts = 1, last_error = 'SMTP unavailable', next_attempt_at = @Retry
                WHERE complaint_id = @id AND channel = 'Email' AND kind IN ('DecisionLetter', 'AgentNotification')
                """, new { id, Retry = Clock.GetUtcNow().AddHours(1) });
        }

        foreach (var file in Directory.EnumerateFiles(MailDirectory))
        {
            File.Delete(file);
        }

        return id;
    }

    [Theory]
    [InlineData(Roles.QualityManager)]
    [InlineData(Roles.Operations)]
    public async Task The_failed_e_mails_of_every_module_are_listed_for_the_quality_manager_and_operations(string role)
    {
        var id = await WithFailedLettersInBothModulesAsync();

        var failed = await ExpectAsync(HttpStatusCode.OK, CreateClient("overseer", role).GetAsync(Failed));

        var letters = failed.EnumerateArray().ToList();
        Assert.Equal(["Handling:DecisionLetter", "Intake:AgentNotification"],
            letters.Select(l => $"{l.GetProperty("module").GetString()}:{l.GetProperty("kind").GetString()}").Order(StringComparer.Ordinal));
        Assert.All(letters, l => Assert.Equal(id, l.GetProperty("complaintId").GetGuid()));
        Assert.All(letters, l => Assert.Equal("SMTP unavailable", l.GetProperty("lastError").GetString()));
        Assert.Contains(letters, l => l.GetProperty("recipientAddress").GetString() == "klager@example.org");
        Assert.Equal(1, await CountAsync("SELECT count(*) FROM audit.audit_trail WHERE action = 'FailedCorrespondenceListed'"));
    }

    [Fact]
    public async Task Other_roles_may_not_see_the_failed_e_mails() =>
        Assert.Equal(HttpStatusCode.Forbidden, (await CreateClient("employee.visser", Roles.Employee, Roles.ComplaintsOfficer).GetAsync(Failed)).StatusCode);

    [Fact]
    public async Task Only_the_failed_status_is_listed_across_modules() =>
        Assert.Equal(HttpStatusCode.BadRequest, (await QualityManager.GetAsync("/api/correspondence?status=Sent")).StatusCode);

    [Fact]
    public async Task A_failed_e_mail_sent_again_goes_at_once_and_leaves_the_list()
    {
        var id = await WithFailedLettersInBothModulesAsync();
        var decisionLetter = (await ExpectAsync(HttpStatusCode.OK, QualityManager.GetAsync(Failed))).EnumerateArray()
            .Single(l => l.GetProperty("module").GetString() == "Handling").GetProperty("id").GetGuid();

        await ExpectAsync(HttpStatusCode.OK, CreateClient("ops", Roles.Operations).PostAsync($"/api/correspondence/handling/{decisionLetter}/resend", null));

        Assert.Single(MailsContaining("Beslissing op uw klacht"));
        var sent = (await GetCaseAsync(id)).GetProperty("correspondence").EnumerateArray().Single(l => l.GetProperty("id").GetGuid() == decisionLetter);
        Assert.Equal("Sent", sent.GetProperty("status").GetString());
        var left = (await ExpectAsync(HttpStatusCode.OK, QualityManager.GetAsync(Failed))).EnumerateArray().ToList();
        Assert.Equal("Intake", Assert.Single(left).GetProperty("module").GetString());
        Assert.Equal(1, await CountAsync("SELECT count(*) FROM audit.audit_trail WHERE action = 'CorrespondenceResent'"));
    }

    [Fact]
    public async Task Sending_again_what_did_not_fail_is_404()
    {
        await WithFailedLettersInBothModulesAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await QualityManager.PostAsync($"/api/correspondence/handling/{Guid.NewGuid()}/resend", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await QualityManager.PostAsync($"/api/correspondence/nosuchmodule/{Guid.NewGuid()}/resend", null)).StatusCode);
    }

    private async Task<long> CountAsync(string sql)
    {
        await using var connection = await Db.OpenConnectionAsync();
        return await connection.ExecuteScalarAsync<long>(sql);
    }
}

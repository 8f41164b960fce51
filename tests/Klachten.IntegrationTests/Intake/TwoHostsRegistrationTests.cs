using System.Globalization;
using System.Net.Http.Headers;
using Klachten.BuildingBlocks.Application;
using Klachten.IntegrationTests.Infrastructure;
using static Klachten.IntegrationTests.Intake.IntakeApi;

namespace Klachten.IntegrationTests.Intake;

/// <summary>
/// Two host processes on one database, as when the API runs twice behind a load balancer. Each numbers its batches with the
/// counters it expects; the guard in the database must keep the references unique and gap-free when the other one moved them.
/// </summary>
public sealed class TwoHostsRegistrationTests(ApiFixture fixture) : ApiTest(fixture)
{
    [Fact]
    public async Task Registrations_through_two_hosts_at_once_get_distinct_gap_free_references_and_are_each_stored_once()
    {
        await using var secondHost = new KlachtenApiFactory(Fixture.ConnectionString, Clock, MailDirectory, Foundation.Probe.ProbeModule.Register);
        var first = CreateClient("anna", Roles.Employee);
        var second = secondHost.CreateClient();
        second.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.Create("bram", [Roles.Employee]));

        // Rounds, so that each host has numbered batches of its own before the other moves the counter again.
        var references = new List<string>();
        for (var round = 0; round < 5; round++)
        {
            var results = await Task.WhenAll(Enumerable.Range(0, 60).Select(i => RegisterAsync(i % 2 == 0 ? first : second)));
            references.AddRange(results.Select(r => r.GetProperty("reference").GetString()!));
        }

        var numbers = references.Select(r => int.Parse(r["KL-2026-".Length..], CultureInfo.InvariantCulture)).Order().ToArray();
        Assert.Equal(Enumerable.Range(1, 300), numbers);
        Assert.Equal(300, await CountAsync(Db, "SELECT count(*) FROM intake.complaints"));
        Assert.Equal(300, await CountAsync(Db, "SELECT count(DISTINCT reference) FROM intake.complaints"));
        Assert.Equal(300, await CountAsync(Db, "SELECT last_number FROM intake.reference_counters WHERE year = 2026"));
        Assert.Equal(150, await CountAsync(Db, "SELECT count(*) FROM intake.complaints WHERE registered_by = 'bram'"));
    }
}

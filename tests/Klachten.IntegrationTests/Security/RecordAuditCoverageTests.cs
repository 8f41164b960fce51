using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using Klachten.BuildingBlocks.Application;
using Klachten.IntegrationTests.Infrastructure;
using Klachten.IntegrationTests.PreventiveAction;

namespace Klachten.IntegrationTests.Security;

/// <summary>
/// The audit check for the Analysis figures and documents and the PreventiveAction measures, meetings and training
/// (<see cref="Touches.RecordRead"/> in the one table): every read leaves exactly one audit record by its reader, and where
/// every role passes the role check and the module decides per record (a measure's owner, a meeting's participants), a
/// refused read (403) leaves exactly one too. The endpoints come from the host's own metadata, so a new read without a probe
/// here fails.
/// </summary>
public sealed class RecordAuditCoverageTests(ApiFixture fixture) : PreventiveActionApiTest(fixture)
{
    private const string Analysis = "/api/analysis";

    private sealed record Probe(string Endpoint, AuditKind Kind, string User, Func<Task<HttpResponseMessage>> Call);

    [Fact]
    public async Task Each_read_of_figures_or_measures_and_each_refused_read_leaves_exactly_one_audit_record()
    {
        var probes = await ProbesAsync();

        var rules = (await EndpointCatalog.ReadAsync(Services)).Select(e => AccessRules.For(e.Key)).Where(r => r.Touches == Touches.RecordRead).ToList();
        var missing = rules.SelectMany(RequiredKinds).Where(required => !probes.Any(p => (p.Endpoint, p.Kind) == required)).ToList();
        Assert.True(missing.Count == 0, "no audit probe for: " + string.Join(", ", missing));

        var failures = new List<string>();
        foreach (var probe in probes)
        {
            var before = await ScalarAsync("SELECT coalesce(max(id), 0) FROM audit.audit_trail", new { });
            var response = await probe.Call();
            var ok = probe.Kind == AuditKind.RefusedRead ? response.StatusCode == HttpStatusCode.Forbidden : response.IsSuccessStatusCode;
            if (!ok)
            {
                failures.Add($"{probe.Kind} {probe.Endpoint} by {probe.User}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
                continue;
            }

            var records = await ScalarAsync("SELECT count(*) FROM audit.audit_trail WHERE actor = @User AND id > @before", new { probe.User, before });
            if (records != 1)
            {
                failures.Add($"{probe.Kind} {probe.Endpoint} by {probe.User} left {records} audit records, not 1");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    /// <summary>Every read needs a read probe; a read of one record that every role may attempt also a refused read.</summary>
    private static IEnumerable<(string, AuditKind)> RequiredKinds(AccessRule rule) =>
        rule.Endpoint.Contains('{', StringComparison.Ordinal) && rule.Roles.Contains(Roles.Employee)
            ? [(rule.Endpoint, AuditKind.Read), (rule.Endpoint, AuditKind.RefusedRead)]
            : [(rule.Endpoint, AuditKind.Read)];

    private async Task<long> ScalarAsync(string sql, object parameters)
    {
        await using var connection = await Db.OpenConnectionAsync();
        return await connection.ExecuteScalarAsync<long>(sql, parameters);
    }

    private async Task<List<Probe>> ProbesAsync()
    {
        var saved = (await ExpectAsync(HttpStatusCode.Created, QualityManager.PostAsJsonAsync($"{Analysis}/reports/saved",
            new { from = "2026-01-01", to = "2026-02-28" }, ApiJson.Options))).GetProperty("id").GetGuid();
        var version = (await ExpectAsync(HttpStatusCode.Created, QualityManager.PostAsJsonAsync($"{Analysis}/years/2026/publications", new { },
            ApiJson.Options))).GetProperty("version").GetInt32();
        var recommendation = (await ExpectAsync(HttpStatusCode.Created, QualityManager.PostAsJsonAsync($"{Analysis}/years/2026/recommendations",
            new { text = "Leg de kosten beter uit.", suggestedKind = "Training" }, ApiJson.Options))).GetProperty("id").GetGuid();
        var training = await ProposeAsync("Training");
        var meeting = (await ExpectAsync(HttpStatusCode.Created, QualityManager.PostAsJsonAsync($"{Api}/meetings",
            new { heldOn = "2026-03-20", kind = "Regular", participants = new[] { DirectorName, QualityManagerName } }, ApiJson.Options)))
            .GetProperty("id").GetGuid();

        Probe Read(string endpoint, string url, string user = DirectorName, string role = Roles.Management) =>
            new(endpoint, AuditKind.Read, user, () => CreateClient(user, role).GetAsync(url));
        Probe Refused(string endpoint, string url) =>
            new(endpoint, AuditKind.RefusedRead, OtherEmployee, () => OtherEmployeeClient.GetAsync(url));

        return
        [
            Read("GET /api/analysis/complaints", $"{Analysis}/complaints"),
            Read("GET /api/analysis/complaints.csv", $"{Analysis}/complaints.csv"),
            Read("GET /api/analysis/reports", $"{Analysis}/reports"),
            Read("GET /api/analysis/reports.pdf", $"{Analysis}/reports.pdf"),
            Read("GET /api/analysis/reports.xlsx", $"{Analysis}/reports.xlsx"),
            Read("GET /api/analysis/reports/charts/{name}.png", $"{Analysis}/reports/charts/months.png"),
            Read("GET /api/analysis/reports/charts/{name}.svg", $"{Analysis}/reports/charts/months.svg"),
            Read("GET /api/analysis/reports/saved", $"{Analysis}/reports/saved"),
            Read("GET /api/analysis/reports/saved/{id}", $"{Analysis}/reports/saved/{saved}"),
            Read("GET /api/analysis/reports/saved/{id}.pdf", $"{Analysis}/reports/saved/{saved}.pdf"),
            Read("GET /api/analysis/reports/saved/{id}.xlsx", $"{Analysis}/reports/saved/{saved}.xlsx"),
            Read("GET /api/analysis/years/{year}", $"{Analysis}/years/2026"),
            Read("GET /api/analysis/years/{year}.pdf", $"{Analysis}/years/2026.pdf"),
            Read("GET /api/analysis/years/{year}.xlsx", $"{Analysis}/years/2026.xlsx"),
            Read("GET /api/analysis/years/{year}/charts/{name}.png", $"{Analysis}/years/2026/charts/months.png"),
            Read("GET /api/analysis/years/{year}/charts/{name}.svg", $"{Analysis}/years/2026/charts/months.svg"),
            Read("GET /api/analysis/years/{year}/files", $"{Analysis}/years/2026/files"),
            Read("GET /api/analysis/years/{year}/publications", $"{Analysis}/years/2026/publications"),
            Read("GET /api/analysis/years/{year}/publications/{version}", $"{Analysis}/years/2026/publications/{version}"),
            Read("GET /api/analysis/years/{year}/publications/{version}.pdf", $"{Analysis}/years/2026/publications/{version}.pdf"),
            Read("GET /api/analysis/years/{year}/publications/{version}.xlsx", $"{Analysis}/years/2026/publications/{version}.xlsx"),
            Read("GET /api/analysis/years/{year}/recommendations", $"{Analysis}/years/2026/recommendations"),
            Read("GET /api/analysis/years/{year}/recommendations/{id}", $"{Analysis}/years/2026/recommendations/{recommendation}"),
            Read("GET /api/preventive-action/measures", $"{Api}/measures"),
            Read("GET /api/preventive-action/measures/{measureId}", Measure(training)),
            Refused("GET /api/preventive-action/measures/{measureId}", Measure(training)),
            Read("GET /api/preventive-action/measures/{measureId}/sessions", Measure(training, "/sessions")),
            Refused("GET /api/preventive-action/measures/{measureId}/sessions", Measure(training, "/sessions")),
            Read("GET /api/preventive-action/meetings", $"{Api}/meetings"),
            Read("GET /api/preventive-action/meetings/{meetingId}", $"{Api}/meetings/{meeting}"),
            Refused("GET /api/preventive-action/meetings/{meetingId}", $"{Api}/meetings/{meeting}"),
            Read("GET /api/preventive-action/meetings/{meetingId}/pack.pdf", $"{Api}/meetings/{meeting}/pack.pdf"),
            Refused("GET /api/preventive-action/meetings/{meetingId}/pack.pdf", $"{Api}/meetings/{meeting}/pack.pdf"),
            Read("GET /api/preventive-action/my", $"{Api}/my", OwnerName, Roles.Employee),
            Read("GET /api/preventive-action/recommendations", $"{Api}/recommendations"),
            Read("GET /api/preventive-action/training", $"{Api}/training?year=2026"),
        ];
    }
}

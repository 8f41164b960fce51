using System.Net;
using System.Net.Http.Json;
using Dapper;
using Klachten.BuildingBlocks.Application;
using Klachten.IntegrationTests.Handling;
using Klachten.IntegrationTests.Infrastructure;

namespace Klachten.IntegrationTests.Security;

public enum AuditKind
{
    Read,
    RefusedRead,
    Change,
}

/// <summary>
/// Every endpoint that reads or changes complaint data (<see cref="Touches"/> in the one table of access rules) leaves an
/// audit record by the user who called it: exactly one for a read and for a read refused because the complaint is not
/// theirs; for a change at least one, none twice (a change that sends a letter also records reading the address). The endpoints come from the host's own metadata, so an endpoint marked as touching complaint
/// data without a probe here fails, as does a probe whose request leaves no record (or two).
/// </summary>
public sealed class AuditCoverageTests(ApiFixture fixture) : HandlingApiTest(fixture)
{
    /// <summary>
    /// Known audit gaps, each with the reason it is not fixed yet; the audit check below proves each is still a gap, so this
    /// list must shrink when one is fixed. Issue 15's three (the Intake list, Handling's and Classification's refused reads)
    /// are fixed in the modules.
    /// </summary>
    public static readonly IReadOnlySet<(string Endpoint, AuditKind Kind)> KnownAuditGaps = new HashSet<(string, AuditKind)>();

    private sealed record Probe(string Endpoint, AuditKind Kind, string User, Func<Task<HttpResponseMessage>> Call);

    [Fact]
    public async Task Each_read_and_refused_read_of_complaint_data_leaves_one_audit_record_and_each_change_at_least_one()
    {
        var id = await RegisterAsync();
        await Eventually(async () => await CountAsync("SELECT count(*) FROM classification.complaints WHERE complaint_id = @id", new { id }) == 1,
            "the complaint is in the classification queue");
        var probes = Probes(id);

        var endpoints = (await EndpointCatalog.ReadAsync(Services)).Select(e => AccessRules.For(e.Key))
            .Where(r => r.Touches is Touches.ComplaintRead or Touches.ComplaintChange).ToList();
        var missing = endpoints.SelectMany(RequiredKinds).Where(required => !probes.Any(p => (p.Endpoint, p.Kind) == required)).ToList();
        Assert.True(missing.Count == 0, "no audit probe for: " + string.Join(", ", missing));

        var gaps = new List<(string, AuditKind)>();
        var failures = new List<string>();
        foreach (var probe in probes)
        {
            var before = await CountAsync("SELECT coalesce(max(id), 0) FROM audit.audit_trail", new { });
            var response = await probe.Call();
            var expected = probe.Kind == AuditKind.RefusedRead ? HttpStatusCode.Forbidden : (HttpStatusCode?)null;
            if (expected is { } refused ? response.StatusCode != refused : !response.IsSuccessStatusCode)
            {
                if (KnownAuditGaps.Contains((probe.Endpoint, probe.Kind)))
                {
                    gaps.Add((probe.Endpoint, probe.Kind));
                    continue;
                }

                failures.Add($"{probe.Kind} {probe.Endpoint} by {probe.User}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
                continue;
            }

            var actions = await ActionsAsync(probe.User, before);
            var records = actions.Count;
            // A change may also read what it needs (a letter reads the complainant's address: ComplainantContactRead), each
            // recorded once; a read or a refused read is one record.
            if (probe.Kind == AuditKind.Change ? records >= 1 && actions.Distinct().Count() == records : records == 1)
            {
                continue;
            }

            if (records == 0 && KnownAuditGaps.Contains((probe.Endpoint, probe.Kind)))
            {
                gaps.Add((probe.Endpoint, probe.Kind));
            }
            else
            {
                failures.Add($"{probe.Kind} {probe.Endpoint} by {probe.User} left {records} audit records ({string.Join(", ", actions)}), not 1");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
        // A known gap that no longer shows has been fixed: take it off the list.
        Assert.Equal(KnownAuditGaps.OrderBy(g => g.ToString()), gaps.Distinct().OrderBy(g => g.ToString()));
    }

    /// <summary>Reads of one complaint need a read and a refused read; lists and changes one probe each.</summary>
    private static IEnumerable<(string, AuditKind)> RequiredKinds(AccessRule rule) => rule.Touches switch
    {
        Touches.ComplaintChange => [(rule.Endpoint, AuditKind.Change)],
        _ when rule.Endpoint.Contains('{', StringComparison.Ordinal) => [(rule.Endpoint, AuditKind.Read), (rule.Endpoint, AuditKind.RefusedRead)],
        _ => [(rule.Endpoint, AuditKind.Read)],
    };

    private async Task<long> CountAsync(string sql, object parameters)
    {
        await using var connection = await Db.OpenConnectionAsync();
        return await connection.ExecuteScalarAsync<long>(sql, parameters);
    }

    private async Task<List<string>> ActionsAsync(string user, long after)
    {
        await using var connection = await Db.OpenConnectionAsync();
        return (await connection.QueryAsync<string>("SELECT action FROM audit.audit_trail WHERE actor = @user AND id > @after ORDER BY id",
            new { user, after })).ToList();
    }

    /// <summary>The complaint's letter of a kind, read from the module's table (an API read would leave an audit record of its own).</summary>
    private async Task<Guid> LetterAsync(string schema, Guid complaintId, string kind)
    {
        await using var connection = await Db.OpenConnectionAsync();
        return await connection.ExecuteScalarAsync<Guid>(
            $"SELECT id FROM {schema}.correspondence WHERE complaint_id = @complaintId AND kind = @kind ORDER BY created_at LIMIT 1",
            new { complaintId, kind });
    }

    private HttpClient As(string user, string role) => CreateClient(user, role);

    private async Task<string> ReferenceAsync(Guid id)
    {
        await using var connection = await Db.OpenConnectionAsync();
        return await connection.ExecuteScalarAsync<string>("SELECT reference FROM intake.complaints WHERE id = @id", new { id }) ?? "";
    }

    /// <summary>An e-mail to the complaint's collection agent as the delivery leaves it after an SMTP error.</summary>
    private async Task<Guid> FailedEmailAsync(Guid complaintId)
    {
        await using var connection = await Db.OpenConnectionAsync();
        return await connection.ExecuteScalarAsync<Guid>("""
            INSERT INTO intake.correspondence (id, complaint_id, kind, channel, recipient_name, recipient_address, status, created_at,
                attempts, last_error, next_attempt_at)
            VALUES (gen_random_uuid(), @complaintId, 'AgentNotification', 'Email', 'Pieter', 'pieter@example.nl', 'Pending', @Now,
                1, 'SMTP unavailable', @Retry)
            RETURNING id
            """, new { complaintId, Now = Clock.GetUtcNow(), Retry = Clock.GetUtcNow().AddHours(1) });
    }

    /// <summary>In the order of the procedure, on one complaint registered by employee.visser and handled by officer.devries.</summary>
    private List<Probe> Probes(Guid id)
    {
        const string qm = "qm.smit", manager = "manager.dijk", stranger = "employee.stranger";
        var complaint = $"/api/intake/complaints/{id}";
        Probe P(string endpoint, AuditKind kind, string user, string role, Func<HttpClient, Task<HttpResponseMessage>> call) =>
            new(endpoint, kind, user, () => call(As(user, role)));
        Probe AtDay(DateTimeOffset day, Probe probe) => probe with { Call = () => { Clock.Set(day); return probe.Call(); } };

        return
        [
            P("POST /api/intake/complaints", AuditKind.Change, "employee.second", Roles.Employee,
                c => c.PostAsJsonAsync("/api/intake/complaints", Intake.IntakeApi.Form(), ApiJson.Options)),
            P("GET /api/intake/complaints", AuditKind.Read, manager, Roles.Management, c => c.GetAsync("/api/intake/complaints")),
            P("GET /api/correspondence", AuditKind.Read, qm, Roles.QualityManager, c => c.GetAsync("/api/correspondence?status=Failed")),
            P("GET /api/intake/complaints/{id}", AuditKind.Read, qm, Roles.QualityManager, c => c.GetAsync(complaint)),
            P("GET /api/complaints/{id}", AuditKind.Read, qm, Roles.QualityManager, c => c.GetAsync($"/api/complaints/{id}")),
            P("GET /api/complaints/{id}", AuditKind.RefusedRead, stranger, Roles.Employee, c => c.GetAsync($"/api/complaints/{id}")),
            P("GET /api/complaints/by-reference/{reference}", AuditKind.Read, manager, Roles.Management,
                async c => await c.GetAsync($"/api/complaints/by-reference/{await ReferenceAsync(id)}")),
            P("GET /api/complaints/by-reference/{reference}", AuditKind.RefusedRead, stranger, Roles.Employee,
                async c => await c.GetAsync($"/api/complaints/by-reference/{await ReferenceAsync(id)}")),
            P("GET /api/intake/complaints/{id}", AuditKind.RefusedRead, stranger, Roles.Employee, c => c.GetAsync(complaint)),
            P("GET /api/intake/complaints/{id}/correspondence", AuditKind.Read, qm, Roles.QualityManager, c => c.GetAsync($"{complaint}/correspondence")),
            P("GET /api/intake/complaints/{id}/correspondence", AuditKind.RefusedRead, stranger, Roles.Employee, c => c.GetAsync($"{complaint}/correspondence")),
            P("GET /api/intake/complaints/{id}/correspondence/{letterId}.pdf", AuditKind.Read, qm, Roles.QualityManager,
                async c => await c.GetAsync($"{complaint}/correspondence/{await LetterAsync("intake", id, "Acknowledgement")}.pdf")),
            P("GET /api/intake/complaints/{id}/correspondence/{letterId}.pdf", AuditKind.RefusedRead, stranger, Roles.Employee,
                async c => await c.GetAsync($"{complaint}/correspondence/{await LetterAsync("intake", id, "Acknowledgement")}.pdf")),
            // A failed e-mail of the complaint, as the delivery leaves it after an SMTP error; resending it is a change like any other.
            P("POST /api/correspondence/{module}/{id}/resend", AuditKind.Change, qm, Roles.QualityManager,
                async c => await c.PostAsync($"/api/correspondence/intake/{await FailedEmailAsync(id)}/resend", null)),
            P("GET /api/classification/queue", AuditKind.Read, manager, Roles.Management, c => c.GetAsync("/api/classification/queue")),
            P("GET /api/classification/complaints/{id}", AuditKind.Read, qm, Roles.QualityManager, c => c.GetAsync($"/api/classification/complaints/{id}")),
            P("GET /api/classification/complaints/{id}", AuditKind.RefusedRead, OtherOfficer, Roles.ComplaintsOfficer,
                c => c.GetAsync($"/api/classification/complaints/{id}")),
            P("PUT /api/classification/complaints/{id}", AuditKind.Change, qm, Roles.QualityManager,
                c => c.PutAsJsonAsync($"/api/classification/complaints/{id}", new { categories = new[] { "Conduct" } }, ApiJson.Options)),
            P("GET /api/handling/cases", AuditKind.Read, manager, Roles.Management, c => c.GetAsync("/api/handling/cases")),
            P("POST /api/handling/cases/{complaintId}/assignment", AuditKind.Change, qm, Roles.QualityManager,
                c => c.PostAsJsonAsync(Cases(id, "/assignment"), new { officer = Officer }, ApiJson.Options)),
            // After the assignment, so that Intake knows the handling officer and refuses another officer the preview.
            P("GET /api/intake/complaints/{id}/acknowledgement/preview", AuditKind.Read, Officer, Roles.ComplaintsOfficer,
                async c =>
                {
                    await Eventually(async () => await CountAsync("SELECT count(*) FROM intake.complaints WHERE id = @id AND handling_officer = @Officer",
                        new { id, Officer }) == 1, "Intake heard of the assignment");
                    return await c.GetAsync($"{complaint}/acknowledgement/preview?channel=Letter");
                }),
            P("GET /api/intake/complaints/{id}/acknowledgement/preview", AuditKind.RefusedRead, OtherOfficer, Roles.ComplaintsOfficer,
                c => c.GetAsync($"{complaint}/acknowledgement/preview")),
            P("POST /api/intake/complaints/{id}/acknowledgement", AuditKind.Change, qm, Roles.QualityManager,
                c => c.PostAsJsonAsync($"{complaint}/acknowledgement", new { channel = "Letter" }, ApiJson.Options)),
            P("POST /api/intake/complaints/{id}/correspondence/{letterId}/posted", AuditKind.Change, "employee.visser", Roles.Employee,
                async c => await c.PostAsync($"{complaint}/correspondence/{await LetterAsync("intake", id, "Acknowledgement")}/posted", null)),
            P("GET /api/handling/cases/{complaintId}", AuditKind.Read, Officer, Roles.ComplaintsOfficer, c => c.GetAsync(Cases(id))),
            P("GET /api/handling/cases/{complaintId}", AuditKind.RefusedRead, OtherOfficer, Roles.ComplaintsOfficer, c => c.GetAsync(Cases(id))),
            P("POST /api/handling/cases/{complaintId}/contacts", AuditKind.Change, Officer, Roles.ComplaintsOfficer,
                c => c.PostAsJsonAsync(Cases(id, "/contacts"), new
                {
                    contactedAt = "2026-03-02T08:50:00Z", channel = "Phone", summary = "Klacht besproken", nextStep = "Kostenoverzicht opvragen",
                }, ApiJson.Options)),
            AtDay(new DateTimeOffset(2026, 3, 10, 9, 0, 0, TimeSpan.Zero), P("POST /api/handling/cases/{complaintId}/extension", AuditKind.Change,
                Officer, Roles.ComplaintsOfficer, c => c.PostAsJsonAsync(Cases(id, "/extension"),
                    new { newDueOn = "2026-03-30", reason = "Wij wachten op het dossier van de opdrachtgever.",
                        messageToComplainant = "Wij hebben meer tijd nodig om uw klacht zorgvuldig te onderzoeken." }, ApiJson.Options))),
            AtDay(new DateTimeOffset(2026, 3, 20, 9, 0, 0, TimeSpan.Zero), P("POST /api/handling/cases/{complaintId}/decision", AuditKind.Change,
                Officer, Roles.ComplaintsOfficer, c => c.PostAsJsonAsync(Cases(id, "/decision"),
                    new { outcome = "PartlyWellFounded", reasoning = "De kosten zijn deels onjuist berekend.", remedy = "Wij crediteren EUR 40." },
                    ApiJson.Options))),
            P("GET /api/handling/cases/{complaintId}/decision-letter/preview", AuditKind.Read, Officer, Roles.ComplaintsOfficer,
                c => c.GetAsync(Cases(id, "/decision-letter/preview"))),
            P("GET /api/handling/cases/{complaintId}/decision-letter/preview", AuditKind.RefusedRead, OtherOfficer, Roles.ComplaintsOfficer,
                c => c.GetAsync(Cases(id, "/decision-letter/preview"))),
            P("POST /api/handling/cases/{complaintId}/decision-letter", AuditKind.Change, Officer, Roles.ComplaintsOfficer,
                c => c.PostAsJsonAsync(Cases(id, "/decision-letter"), new { channel = "Letter" }, ApiJson.Options)),
            P("GET /api/handling/cases/{complaintId}/correspondence/{letterId}.pdf", AuditKind.Read, Officer, Roles.ComplaintsOfficer,
                async c => await c.GetAsync(Cases(id, $"/correspondence/{await LetterAsync("handling", id, "DecisionLetter")}.pdf"))),
            P("GET /api/handling/cases/{complaintId}/correspondence/{letterId}.pdf", AuditKind.RefusedRead, OtherOfficer, Roles.ComplaintsOfficer,
                async c => await c.GetAsync(Cases(id, $"/correspondence/{await LetterAsync("handling", id, "DecisionLetter")}.pdf"))),
            P("POST /api/handling/cases/{complaintId}/correspondence/{letterId}/posted", AuditKind.Change, Officer, Roles.ComplaintsOfficer,
                async c => await c.PostAsync(Cases(id, $"/correspondence/{await LetterAsync("handling", id, "DecisionLetter")}/posted"), null)),
            AtDay(new DateTimeOffset(2026, 3, 26, 9, 0, 0, TimeSpan.Zero), P("POST /api/handling/cases/{complaintId}/referral", AuditKind.Change,
                Officer, Roles.ComplaintsOfficer, c => c.PostAsJsonAsync(Cases(id, "/referral"),
                    new { submittedOn = "2026-03-25", body = "De Geschillencommissie", caseNumber = "GC-2026-118" }, ApiJson.Options))),
            AtDay(new DateTimeOffset(2026, 6, 16, 9, 0, 0, TimeSpan.Zero), P("POST /api/handling/cases/{complaintId}/referral/outcome",
                AuditKind.Change, qm, Roles.QualityManager, c => c.PostAsJsonAsync(Cases(id, "/referral/outcome"),
                    new { outcome = "Rejected", decidedOn = "2026-06-15" }, ApiJson.Options))),
            P("POST /api/handling/cases/{complaintId}/closure", AuditKind.Change, Officer, Roles.ComplaintsOfficer,
                c => c.PostAsJsonAsync(Cases(id, "/closure"), new { complainantSatisfied = false }, ApiJson.Options)),
        ];
    }
}

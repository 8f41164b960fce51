namespace Klachten.IntegrationTests.Security;

/// <summary>What an endpoint does with complaint data: decides whether it must leave an audit record (AuditCoverageTests).</summary>
public enum Touches
{
    Nothing,
    ReferenceData,
    ComplaintRead,
    ComplaintChange,
    /// <summary>The Analysis figures and documents, measures, meetings, training (no complainant's data): reads audited.</summary>
    RecordRead,
    /// <summary>A change of the analysis, a measure, a meeting or a training: audited.</summary>
    RecordChange,
}

/// <summary>One intended rule: who may call the endpoint ("anonymous", or the roles that pass its authorization).</summary>
public sealed record AccessRule(string Endpoint, string Who, Touches Touches)
{
    public const string Anonymous = "anonymous";

    public IReadOnlySet<string> Roles => Who == Anonymous ? new HashSet<string>() : Who.Split(", ").ToHashSet();
}

/// <summary>
/// THE table of intended access rules (issue 15), one line per endpoint; docs/security.md shows it (a test keeps the two
/// equal). A new endpoint without a line here fails EndpointRoleMatrixTests: add its rule, and the document's line, on purpose.
/// Roles that pass the role check may still be refused per complaint (403: not the assigned officer, not the registrar).
/// </summary>
public static class AccessRules
{
    private const string E = "Employee", CO = "ComplaintsOfficer", QM = "QualityManager", M = "Management", Ops = "Operations";
    private const string Analysis = "/api/analysis", Preventive = "/api/preventive-action";

    private static string Of(params string[] roles) => string.Join(", ", roles);

    public static readonly IReadOnlyList<AccessRule> All =
    [
        new($"GET {Analysis}/complaints", Of(QM, M), Touches.RecordRead),
        new($"GET {Analysis}/complaints.csv", Of(QM, M), Touches.RecordRead),
        new($"GET {Analysis}/reports", Of(QM, M), Touches.RecordRead),
        new($"GET {Analysis}/reports.pdf", Of(QM, M), Touches.RecordRead),
        new($"GET {Analysis}/reports.xlsx", Of(QM, M), Touches.RecordRead),
        new($"GET {Analysis}/reports/charts/{{name}}.png", Of(QM, M), Touches.RecordRead),
        new($"GET {Analysis}/reports/charts/{{name}}.svg", Of(QM, M), Touches.RecordRead),
        new($"GET {Analysis}/reports/saved", Of(QM, M), Touches.RecordRead),
        new($"POST {Analysis}/reports/saved", Of(QM), Touches.RecordChange),
        new($"GET {Analysis}/reports/saved/{{id}}", Of(QM, M), Touches.RecordRead),
        new($"GET {Analysis}/reports/saved/{{id}}.pdf", Of(QM, M), Touches.RecordRead),
        new($"GET {Analysis}/reports/saved/{{id}}.xlsx", Of(QM, M), Touches.RecordRead),
        new($"POST {Analysis}/rebuild", Of(Ops), Touches.RecordChange),
        new($"GET {Analysis}/years/{{year}}", Of(QM, M), Touches.RecordRead),
        new($"GET {Analysis}/years/{{year}}.pdf", Of(QM, M), Touches.RecordRead),
        new($"GET {Analysis}/years/{{year}}.xlsx", Of(QM, M), Touches.RecordRead),
        new($"GET {Analysis}/years/{{year}}/charts/{{name}}.png", Of(QM, M), Touches.RecordRead),
        new($"GET {Analysis}/years/{{year}}/charts/{{name}}.svg", Of(QM, M), Touches.RecordRead),
        new($"GET {Analysis}/years/{{year}}/files", Of(QM, M), Touches.RecordRead),
        new($"PUT {Analysis}/years/{{year}}/files", Of(QM), Touches.RecordChange),
        new($"GET {Analysis}/years/{{year}}/publications", Of(QM, M), Touches.RecordRead),
        new($"POST {Analysis}/years/{{year}}/publications", Of(QM), Touches.RecordChange),
        new($"GET {Analysis}/years/{{year}}/publications/{{version}}", Of(QM, M), Touches.RecordRead),
        new($"GET {Analysis}/years/{{year}}/publications/{{version}}.pdf", Of(QM, M), Touches.RecordRead),
        new($"GET {Analysis}/years/{{year}}/publications/{{version}}.xlsx", Of(QM, M), Touches.RecordRead),
        new($"GET {Analysis}/years/{{year}}/recommendations", Of(QM, M), Touches.RecordRead),
        new($"POST {Analysis}/years/{{year}}/recommendations", Of(QM), Touches.RecordChange),
        new($"DELETE {Analysis}/years/{{year}}/recommendations/{{id}}", Of(QM), Touches.RecordChange),
        new($"GET {Analysis}/years/{{year}}/recommendations/{{id}}", Of(QM, M), Touches.RecordRead),
        new($"PUT {Analysis}/years/{{year}}/recommendations/{{id}}", Of(QM), Touches.RecordChange),
        new($"GET {Preventive}/measures", Of(E, CO, QM, M, Ops), Touches.RecordRead),
        new($"POST {Preventive}/measures", Of(QM), Touches.RecordChange),
        new($"GET {Preventive}/measures/{{measureId}}", Of(E, CO, QM, M, Ops), Touches.RecordRead),
        new($"POST {Preventive}/measures/{{measureId}}/cancellation", Of(M), Touches.RecordChange),
        new($"POST {Preventive}/measures/{{measureId}}/completion", Of(E, CO, QM, M, Ops), Touches.RecordChange),
        new($"POST {Preventive}/measures/{{measureId}}/decision", Of(M), Touches.RecordChange),
        new($"POST {Preventive}/measures/{{measureId}}/effectiveness-review", Of(QM), Touches.RecordChange),
        new($"POST {Preventive}/measures/{{measureId}}/follow-up", Of(QM), Touches.RecordChange),
        new($"POST {Preventive}/measures/{{measureId}}/progress", Of(E, CO, QM, M, Ops), Touches.RecordChange),
        new($"GET {Preventive}/measures/{{measureId}}/sessions", Of(E, CO, QM, M, Ops), Touches.RecordRead),
        new($"POST {Preventive}/measures/{{measureId}}/sessions", Of(E, CO, QM, M, Ops), Touches.RecordChange),
        new($"POST {Preventive}/measures/{{measureId}}/sessions/{{sessionId}}/attendance", Of(E, CO, QM, M, Ops), Touches.RecordChange),
        new($"POST {Preventive}/measures/{{measureId}}/start", Of(QM, M), Touches.RecordChange),
        new($"GET {Preventive}/meetings", Of(QM, M), Touches.RecordRead),
        new($"POST {Preventive}/meetings", Of(QM), Touches.RecordChange),
        new($"GET {Preventive}/meetings/{{meetingId}}", Of(E, CO, QM, M, Ops), Touches.RecordRead),
        new($"POST {Preventive}/meetings/{{meetingId}}/agenda", Of(QM), Touches.RecordChange),
        new($"POST {Preventive}/meetings/{{meetingId}}/closure", Of(QM), Touches.RecordChange),
        new($"POST {Preventive}/meetings/{{meetingId}}/minutes", Of(QM), Touches.RecordChange),
        new($"GET {Preventive}/meetings/{{meetingId}}/pack.pdf", Of(E, CO, QM, M, Ops), Touches.RecordRead),
        new($"GET {Preventive}/my", Of(E, CO, QM, M, Ops), Touches.RecordRead),
        new($"GET {Preventive}/recommendations", Of(QM, M), Touches.RecordRead),
        new($"GET {Preventive}/training", Of(E, CO, QM, M, Ops), Touches.RecordRead),
        new("GET /api-reference/favicon.svg", AccessRule.Anonymous, Touches.Nothing),
        new("GET /api-reference/scalar.aspnetcore.js", AccessRule.Anonymous, Touches.Nothing),
        new("GET /api-reference/scalar.js", AccessRule.Anonymous, Touches.Nothing),
        new("GET /api-reference/{documentName}", AccessRule.Anonymous, Touches.Nothing),
        new("GET /api/correspondence", Of(QM, Ops), Touches.ComplaintRead),
        new("GET /api/dashboard", Of(E, CO, QM, M), Touches.Nothing),
        new("GET /api/complaints/{id}", Of(E, CO, QM, M), Touches.ComplaintRead),
        new("GET /api/complaints/by-reference/{reference}", Of(E, CO, QM, M), Touches.ComplaintRead),
        new("GET /api/me", Of(E, CO, QM, M, Ops), Touches.Nothing),
        new("GET /api/staff", Of(E, CO, QM, M, Ops), Touches.Nothing),
        new("POST /api/correspondence/{module}/{id}/resend", Of(QM, Ops), Touches.ComplaintChange),
        new("GET /api/classification/categories", Of(CO, QM, M), Touches.ReferenceData),
        new("POST /api/classification/categories", Of(QM), Touches.ReferenceData),
        new("DELETE /api/classification/categories/{code}", Of(QM), Touches.ReferenceData),
        new("GET /api/classification/categories/{code}", Of(CO, QM, M), Touches.ReferenceData),
        new("POST /api/classification/categories/{code}/activate", Of(QM), Touches.ReferenceData),
        new("POST /api/classification/categories/{code}/deactivate", Of(QM), Touches.ReferenceData),
        new("GET /api/classification/complaints/{id}", Of(CO, QM, M), Touches.ComplaintRead),
        new("PUT /api/classification/complaints/{id}", Of(QM), Touches.ComplaintChange),
        new("GET /api/classification/queue", Of(QM, M), Touches.ComplaintRead),
        new("GET /api/classification/root-causes", Of(CO, QM, M), Touches.ReferenceData),
        new("POST /api/classification/root-causes", Of(QM), Touches.ReferenceData),
        new("DELETE /api/classification/root-causes/{code}", Of(QM), Touches.ReferenceData),
        new("GET /api/classification/root-causes/{code}", Of(CO, QM, M), Touches.ReferenceData),
        new("POST /api/classification/root-causes/{code}/activate", Of(QM), Touches.ReferenceData),
        new("POST /api/classification/root-causes/{code}/deactivate", Of(QM), Touches.ReferenceData),
        new("GET /api/handling/cases", Of(CO, QM, M), Touches.ComplaintRead),
        new("GET /api/handling/cases/{complaintId}", Of(CO, QM, M), Touches.ComplaintRead),
        new("POST /api/handling/cases/{complaintId}/assignment", Of(CO, QM), Touches.ComplaintChange),
        new("POST /api/handling/cases/{complaintId}/closure", Of(CO, QM), Touches.ComplaintChange),
        new("POST /api/handling/cases/{complaintId}/contacts", Of(CO, QM), Touches.ComplaintChange),
        new("GET /api/handling/cases/{complaintId}/correspondence/{letterId}.pdf", Of(CO, QM, M), Touches.ComplaintRead),
        new("POST /api/handling/cases/{complaintId}/correspondence/{letterId}/posted", Of(CO, QM), Touches.ComplaintChange),
        new("POST /api/handling/cases/{complaintId}/decision", Of(CO, QM), Touches.ComplaintChange),
        new("POST /api/handling/cases/{complaintId}/decision-letter", Of(CO, QM), Touches.ComplaintChange),
        new("GET /api/handling/cases/{complaintId}/decision-letter/preview", Of(CO, QM), Touches.ComplaintRead),
        new("POST /api/handling/cases/{complaintId}/extension", Of(CO, QM), Touches.ComplaintChange),
        new("POST /api/handling/cases/{complaintId}/referral", Of(CO, QM), Touches.ComplaintChange),
        new("POST /api/handling/cases/{complaintId}/referral/outcome", Of(CO, QM), Touches.ComplaintChange),
        new("GET /api/intake/complaints", Of(E, CO, QM, M), Touches.ComplaintRead),
        new("POST /api/intake/complaints", Of(E, CO, QM), Touches.ComplaintChange),
        new("GET /api/intake/complaints/{id}", Of(E, CO, QM, M), Touches.ComplaintRead),
        new("POST /api/intake/complaints/{id}/acknowledgement", Of(CO, QM), Touches.ComplaintChange),
        new("GET /api/intake/complaints/{id}/acknowledgement/preview", Of(CO, QM), Touches.ComplaintRead),
        new("GET /api/intake/complaints/{id}/correspondence", Of(E, CO, QM, M), Touches.ComplaintRead),
        new("GET /api/intake/complaints/{id}/correspondence/{letterId}.pdf", Of(E, CO, QM, M), Touches.ComplaintRead),
        new("POST /api/intake/complaints/{id}/correspondence/{letterId}/posted", Of(E, CO, QM), Touches.ComplaintChange),
        new("* /hangfire/{**path}", Of(Ops), Touches.Nothing),
        new("* /health/live", AccessRule.Anonymous, Touches.Nothing),
        new("* /health/ready", AccessRule.Anonymous, Touches.Nothing),
        new("GET /openapi/{documentName}.json", AccessRule.Anonymous, Touches.Nothing),
    ];

    public static AccessRule For(string endpoint) =>
        All.SingleOrDefault(r => r.Endpoint == endpoint) ?? throw new KeyNotFoundException($"No access rule for {endpoint}.");

    /// <summary>The table as docs/security.md shows it.</summary>
    public static string Markdown()
    {
        var lines = new List<string>
        {
            "| Endpoint | Who may call it | Complaint data |",
            "|---|---|---|",
        };
        lines.AddRange(All.Select(r => $"| `{r.Endpoint}` | {r.Who} | {r.Touches switch
        {
            Touches.ComplaintRead => "read (audited)",
            Touches.ComplaintChange => "changed (audited)",
            Touches.ReferenceData => "reference lists",
            Touches.RecordRead => "figures or measures read (audited)",
            Touches.RecordChange => "figures or measures changed (audited)",
            _ => "none",
        }} |"));
        return string.Join("\n", lines);
    }
}

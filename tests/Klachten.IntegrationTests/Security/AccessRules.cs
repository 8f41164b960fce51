namespace Klachten.IntegrationTests.Security;

/// <summary>What an endpoint does with complaint data: decides whether it must leave an audit record (AuditCoverageTests).</summary>
public enum Touches
{
    Nothing,
    ReferenceData,
    ComplaintRead,
    ComplaintChange,
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

    private static string Of(params string[] roles) => string.Join(", ", roles);

    public static readonly IReadOnlyList<AccessRule> All =
    [
        new("GET /api-reference/favicon.svg", AccessRule.Anonymous, Touches.Nothing),
        new("GET /api-reference/scalar.aspnetcore.js", AccessRule.Anonymous, Touches.Nothing),
        new("GET /api-reference/scalar.js", AccessRule.Anonymous, Touches.Nothing),
        new("GET /api-reference/{documentName}", AccessRule.Anonymous, Touches.Nothing),
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
        new("POST /api/handling/cases/{complaintId}/decision", Of(CO, QM), Touches.ComplaintChange),
        new("POST /api/handling/cases/{complaintId}/decision-letter", Of(CO, QM), Touches.ComplaintChange),
        new("POST /api/handling/cases/{complaintId}/extension", Of(CO, QM), Touches.ComplaintChange),
        new("POST /api/handling/cases/{complaintId}/referral", Of(CO, QM), Touches.ComplaintChange),
        new("POST /api/handling/cases/{complaintId}/referral/outcome", Of(CO, QM), Touches.ComplaintChange),
        new("GET /api/intake/complaints", Of(E, CO, QM, M), Touches.ComplaintRead),
        new("POST /api/intake/complaints", Of(E, CO, QM), Touches.ComplaintChange),
        new("GET /api/intake/complaints/{id}", Of(E, CO, QM, M), Touches.ComplaintRead),
        new("POST /api/intake/complaints/{id}/acknowledgement", Of(CO, QM), Touches.ComplaintChange),
        new("GET /api/intake/complaints/{id}/correspondence", Of(E, CO, QM, M), Touches.ComplaintRead),
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
            _ => "none",
        }} |"));
        return string.Join("\n", lines);
    }
}

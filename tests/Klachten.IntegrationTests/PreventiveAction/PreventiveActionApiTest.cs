using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using Klachten.BuildingBlocks.Application;
using Klachten.IntegrationTests.Infrastructure;

namespace Klachten.IntegrationTests.PreventiveAction;

/// <summary>
/// Shared steps of the PreventiveAction tests: publish an analysis through the outbox, and walk a measure through its steps.
/// </summary>
public abstract class PreventiveActionApiTest(ApiFixture fixture) : ApiTest(fixture)
{
    protected const string Api = "/api/preventive-action";
    protected const string QualityManagerName = "qm.smit";
    protected const string DirectorName = "dir.jong";
    protected const string OwnerName = "employee.visser";
    protected const string OtherEmployee = "employee.bakker";

    protected HttpClient QualityManager => CreateClient(QualityManagerName, Roles.QualityManager);
    protected HttpClient Management => CreateClient(DirectorName, Roles.Management);
    protected HttpClient OwnerClient => CreateClient(OwnerName, Roles.Employee);
    protected HttpClient OtherEmployeeClient => CreateClient(OtherEmployee, Roles.Employee);

    protected static string Measure(Guid id, string step = "") => $"{Api}/measures/{id}{step}";

    /// <summary>A recommendation as the quality manager writes it in Analysis's draft of the year (codes of the reference lists).</summary>
    protected sealed record RecommendationSpec(string Text, string Kind = "Preventive", string Category = "Financial",
        string RootCause = "WrongAmount");

    protected static RecommendationSpec Recommendation(string text = "Leg de incassokosten in de eerste brief uit.",
        string kind = "Preventive",
        string category = "Financial", string rootCause = "WrongAmount") => new(text, kind, category, rootCause);

    /// <summary>
    /// The quality manager adds the recommendations to the year's draft in Analysis and publishes the next version (a correction
    /// when the year was published before); waits until PreventiveAction has stored every recommendation of that version.
    /// Returns the version and the ids of the recommendations added now.
    /// </summary>
    protected async Task<(int Version, Guid[] Ids)> PublishYearlyAnalysisAsync(int year, params RecommendationSpec[] recommendations)
    {
        var ids = new List<Guid>();
        foreach (var recommendation in recommendations)
        {
            var added = await ExpectAsync(HttpStatusCode.Created,
                QualityManager.PostAsJsonAsync($"/api/analysis/years/{year}/recommendations", new
                {
                    text = recommendation.Text,
                    categories = new[] { recommendation.Category },
                    rootCauses = new[] { recommendation.RootCause },
                    suggestedKind = recommendation.Kind,
                }, ApiJson.Options));
            ids.Add(added.GetProperty("id").GetGuid());
        }

        var earlier = (await ExpectAsync(HttpStatusCode.OK,
            QualityManager.GetAsync($"/api/analysis/years/{year}/publications"))).GetArrayLength();
        var published = await ExpectAsync(HttpStatusCode.Created, QualityManager.PostAsJsonAsync($"/api/analysis/years/{year}/publications",
            new { correctionReason = earlier == 0 ? null : "Correctie van de aanbevelingen." }, ApiJson.Options));
        var version = published.GetProperty("version").GetInt32();
        var all = published.GetProperty("recommendations").EnumerateArray()
            .Select(r => r.GetProperty("recommendationId").GetGuid()).ToArray();
        await Eventually(async () => await CountAsync(
            "SELECT count(*) FROM preventive_action.recommendations WHERE recommendation_id = ANY(@all) AND analysis_version >= @version",
            new { all, version }) == all.Length, "PreventiveAction stores the published recommendations");
        return (version, ids.ToArray());
    }

    protected async Task<Guid> ProposeAsync(string kind = "Preventive", string title = "Kosten vooraf uitleggen",
        string[]? categories = null)
    {
        var created = await ExpectAsync(HttpStatusCode.Created, QualityManager.PostAsJsonAsync($"{Api}/measures", new
        {
            title,
            description = "De eerste brief legt uit hoe de kosten zijn opgebouwd.",
            kind,
            categories = categories ?? ["Financial"],
            rootCauses = new[] { "WrongAmount" },
        }, ApiJson.Options));
        return created.GetProperty("id").GetGuid();
    }

    private readonly HashSet<int> _publishedYears = [];

    /// <summary>
    /// A proposal approved by management on the published analysis of <paramref name="analysisYear"/> (published here once).
    /// </summary>
    protected async Task<Guid> ApprovedAsync(string kind = "Preventive", Guid? meetingId = null, int analysisYear = 2025)
    {
        if (_publishedYears.Add(analysisYear)
            && (await ExpectAsync(HttpStatusCode.OK,
                QualityManager.GetAsync($"/api/analysis/years/{analysisYear}/publications"))).GetArrayLength() == 0)
        {
            await PublishYearlyAnalysisAsync(analysisYear);
        }

        var id = await ProposeAsync(kind);
        await ExpectAsync(HttpStatusCode.OK, Management.PostAsJsonAsync(Measure(id, "/decision"), new
        {
            decision = "Approved",
            reasoning = $"Past bij de analyse van {analysisYear}.",
            analysisYear,
            analysisVersion = 1,
            meetingId,
        }, ApiJson.Options));
        return id;
    }

    protected async Task<Guid> InProgressAsync(string kind = "Preventive", string dueOn = "2026-04-30", string reviewOn = "2026-10-31",
        int analysisYear = 2025)
    {
        var id = await ApprovedAsync(kind, analysisYear: analysisYear);
        await ExpectAsync(HttpStatusCode.OK, QualityManager.PostAsJsonAsync(Measure(id, "/start"),
            new { owner = OwnerName, dueOn, reviewOn }, ApiJson.Options));
        return id;
    }
    protected Task<JsonElement> GetMeasureAsync(Guid id, HttpClient? client = null) =>
        ExpectAsync(HttpStatusCode.OK, (client ?? QualityManager).GetAsync(Measure(id)));

    protected static async Task<JsonElement> ExpectAsync(HttpStatusCode status, Task<HttpResponseMessage> call)
    {
        var response = await call;
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"Expected {status}, got {response.StatusCode}: {body}");
        return body.Length == 0 ? default : JsonDocument.Parse(body).RootElement.Clone();
    }

    protected static async Task ExpectRefusedAsync(HttpStatusCode status, string code, Task<HttpResponseMessage> call)
    {
        var problem = await ExpectAsync(status, call);
        Assert.Equal(code, problem.GetProperty("code").GetString());
    }

    protected async Task<int> CountAsync(string sql, object? parameters = null)
    {
        await using var connection = await Db.OpenConnectionAsync();
        return await connection.ExecuteScalarAsync<int>(sql, parameters);
    }

    protected string[] MailsContaining(string text) =>
        Directory.EnumerateFiles(MailDirectory, "*.eml").Where(f => ReadMail(f).Contains(text, StringComparison.Ordinal)).ToArray();

    protected static string ReadMail(string path)
    {
        using var message = MimeKit.MimeMessage.Load(path);
        return $"To: {message.To}\nSubject: {message.Subject}\n\n{message.TextBody}";
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using Klachten.BuildingBlocks.Application;
using Klachten.IntegrationTests.Infrastructure;
using Klachten.Modules.Analysis.Contracts;
using Microsoft.Extensions.DependencyInjection;

namespace Klachten.IntegrationTests.PreventiveAction;

/// <summary>Shared steps of the PreventiveAction tests: publish an analysis through the outbox, and walk a measure through its steps.</summary>
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

    protected PublishedAnalysesDouble? Publications => Services.GetService<PublishedAnalysesDouble>();

    protected SeededComplaintStatistics? Statistics => Services.GetService<SeededComplaintStatistics>();

    /// <summary>
    /// Publishes version <paramref name="version"/> of the yearly analysis as Analysis does: its summary becomes readable and
    /// YearlyAnalysisPublished goes out through Analysis's outbox; waits until PreventiveAction has stored its recommendations.
    /// </summary>
    protected async Task PublishYearlyAnalysisAsync(int year, int version, params PublishedRecommendation[] recommendations)
    {
        var publishedAt = Clock.GetUtcNow();
        Publications?.Publish(new PublishedAnalysisSummary($"Klachtenanalyse {year}", new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), year, version,
            publishedAt, QualityManagerName, [new KeyFigure("Ontvangen klachten", "42"), new KeyFigure("Gegrond", "12 (29%)")], [], recommendations));
        await using (var scope = CreateScope())
        {
            var unitOfWork = scope.ServiceProvider.GetRequiredService<IUnitOfWork>();
            await unitOfWork.BeginAsync(CancellationToken.None);
            await scope.ServiceProvider.GetRequiredService<IOutbox>().EnqueueAsync(
                new YearlyAnalysisPublished(year, version, publishedAt, QualityManagerName, version == 1 ? null : "Correctie", recommendations),
                CancellationToken.None);
            await unitOfWork.CommitAsync(CancellationToken.None);
        }

        var ids = recommendations.Select(r => r.RecommendationId).ToArray();
        await Eventually(async () =>
        {
            await using var connection = await Db.OpenConnectionAsync();
            return await connection.ExecuteScalarAsync<int>(
                "SELECT count(*) FROM preventive_action.recommendations WHERE recommendation_id = ANY(@ids) AND analysis_version >= @version",
                new { ids, version }) == ids.Length;
        }, "PreventiveAction stores the published recommendations");
    }

    protected static PublishedRecommendation Recommendation(string text = "Leg de incassokosten in de eerste brief uit.",
        MeasureKind kind = MeasureKind.Preventive, string category = "costs", string rootCause = "unclear-letter") =>
        new(Guid.NewGuid(), text, [category], [rootCause], kind);

    protected async Task<Guid> ProposeAsync(string kind = "Preventive", string title = "Kosten vooraf uitleggen", string[]? categories = null)
    {
        var created = await ExpectAsync(HttpStatusCode.Created, QualityManager.PostAsJsonAsync($"{Api}/measures", new
        {
            title,
            description = "De eerste brief legt uit hoe de kosten zijn opgebouwd.",
            kind,
            categories = categories ?? ["costs"],
            rootCauses = new[] { "unclear-letter" },
        }, ApiJson.Options));
        return created.GetProperty("id").GetGuid();
    }

    protected async Task<Guid> ApprovedAsync(string kind = "Preventive", Guid? meetingId = null)
    {
        if (Publications?.GetYearlyAsync(2025, 1, CancellationToken.None).Result is null)
        {
            Publications?.Publish(new PublishedAnalysisSummary("Klachtenanalyse 2025", new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31), 2025, 1,
                Clock.GetUtcNow(), QualityManagerName, [new KeyFigure("Ontvangen klachten", "42")], [], []));
        }

        var id = await ProposeAsync(kind);
        await ExpectAsync(HttpStatusCode.OK, Management.PostAsJsonAsync(Measure(id, "/decision"), new
        {
            decision = "Approved",
            reasoning = "Past bij de analyse van 2025.",
            analysisYear = 2025,
            analysisVersion = 1,
            meetingId,
        }, ApiJson.Options));
        return id;
    }

    protected async Task<Guid> InProgressAsync(string kind = "Preventive", string dueOn = "2026-04-30", string reviewOn = "2026-10-31")
    {
        var id = await ApprovedAsync(kind);
        await ExpectAsync(HttpStatusCode.OK, QualityManager.PostAsJsonAsync(Measure(id, "/start"), new { owner = OwnerName, dueOn, reviewOn },
            ApiJson.Options));
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

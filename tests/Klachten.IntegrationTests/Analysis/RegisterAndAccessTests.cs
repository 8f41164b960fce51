using System.Net;
using System.Text;
using Dapper;
using Klachten.BuildingBlocks.Application;
using Klachten.IntegrationTests.Infrastructure;

namespace Klachten.IntegrationTests.Analysis;

public sealed class RegisterAndAccessTests(ApiFixture fixture) : AnalysisTestBase(fixture)
{
    private static readonly TimeSpan Winter = TimeSpan.FromHours(1);

    private async Task<string[]> HandleThreeAsync()
    {
        await RunAsync(new Lifecycle(new DateTimeOffset(2026, 1, 5, 10, 0, 0, Winter), ["Conduct", "Financial"], "Communication", "WellFounded"));
        await RunAsync(new Lifecycle(new DateTimeOffset(2026, 1, 12, 10, 0, 0, Winter), ["Financial"], "WrongAmount", "Unfounded", DecideAfterDays: 20));
        await RunAsync(new Lifecycle(new DateTimeOffset(2026, 1, 19, 10, 0, 0, Winter), ["LegalSubstance"], "WrongAmount", "Unfounded", Close: false));
        await DeliveredAsync();
        Clock.Set(new DateTimeOffset(2026, 6, 1, 9, 0, 0, TimeSpan.Zero));
        await using var connection = await Db.OpenConnectionAsync();
        return (await connection.QueryAsync<string>("SELECT reference FROM intake.complaints ORDER BY received_on")).ToArray();
    }

    private async Task<string[]> ReferencesAsync(string query)
    {
        var page = await ExpectAsync(HttpStatusCode.OK, QualityManager.GetAsync("/api/analysis/complaints" + query));
        return page.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("reference").GetString()!).ToArray();
    }

    [Fact]
    public async Task The_register_lists_the_handled_complaints_and_filters_them()
    {
        var references = await HandleThreeAsync();

        Assert.Equal(references[..2], await ReferencesAsync("?from=2026-01-01&to=2026-12-31"));
        Assert.Equal(references[..2], await ReferencesAsync("?category=financial"));
        Assert.Equal([references[1]], await ReferencesAsync("?rootCause=WRONGAMOUNT"));
        Assert.Equal([references[0]], await ReferencesAsync("?outcome=wellfounded"));
        Assert.Equal([references[1]], await ReferencesAsync("?inTime=false"));
        Assert.Equal([references[1]], await ReferencesAsync("?page=2&pageSize=1"));

        var row = (await ExpectAsync(HttpStatusCode.OK, QualityManager.GetAsync("/api/analysis/complaints?outcome=Unfounded"))).GetProperty("items")[0];
        Assert.Equal((20, false, "Unfounded"), (row.GetProperty("daysToDecision").GetInt32(), row.GetProperty("decidedInTime").GetBoolean(),
            row.GetProperty("outcome").GetString()));
        Assert.False(row.TryGetProperty("complainantName", out _));
        await using var connection = await Db.OpenConnectionAsync();
        Assert.True(await connection.ExecuteScalarAsync<int>("SELECT count(*) FROM audit.audit_trail WHERE action = 'RegisterRead' AND actor = 'qm.smit'") >= 6);
    }

    [Fact]
    public async Task The_register_comes_as_CSV_with_Dutch_headers_by_extension_and_by_Accept()
    {
        var references = await HandleThreeAsync();

        var byExtension = await QualityManager.GetAsync("/api/analysis/complaints.csv?category=Financial");
        Assert.Equal(HttpStatusCode.OK, byExtension.StatusCode);
        Assert.Equal("text/csv", byExtension.Content.Headers.ContentType?.MediaType);
        var lines = Encoding.UTF8.GetString(await byExtension.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("Kenmerk;Ontvangen op;Kanaal", lines[0]);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith(references[0] + ";2026-01-05;Phone;Debtor;agent.jansen;Conduct, Financial;Communication;", lines[1]);
        Assert.DoesNotContain("De Boer", string.Join("\n", lines));

        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/analysis/complaints");
        request.Headers.Accept.ParseAdd("text/csv");
        var byAccept = await Management.SendAsync(request);
        Assert.Equal("text/csv", byAccept.Content.Headers.ContentType?.MediaType);
        Assert.Equal(3, Encoding.UTF8.GetString(await byAccept.Content.ReadAsByteArrayAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Theory]
    [InlineData("/api/analysis/complaints?category=Nope", "category", "'Nope' is not a known category.")]
    [InlineData("/api/analysis/complaints?rootCause=Weather", "rootCause", "'Weather' is not a known root cause.")]
    [InlineData("/api/analysis/complaints?outcome=Maybe", "outcome", "Must be one of: WellFounded, PartlyWellFounded, Unfounded, SettledByAgreement.")]
    [InlineData("/api/analysis/reports?from=2026-05-01&to=2026-04-01", "to", "from '2026-05-01' lies after to '2026-04-01'.")]
    [InlineData("/api/analysis/reports?from=1999-12-31", "from", "'1999-12-31' lies outside the years 2000 to 2026.")]
    [InlineData("/api/analysis/reports?to=01-04-2026", "to", "'01-04-2026' is not a date; use yyyy-MM-dd.")]
    [InlineData("/api/analysis/years/1999", "year", "'1999' is not a year from 2000 to 2026.")]
    [InlineData("/api/analysis/years/2027", "year", "'2027' is not a year from 2000 to 2026.")]
    [InlineData("/api/analysis/years/twenty", "year", "'twenty' is not a year from 2000 to 2026.")]
    public async Task A_bad_value_is_a_400_that_names_it(string url, string field, string message)
    {
        var problem = await ExpectAsync(HttpStatusCode.BadRequest, QualityManager.GetAsync(url));
        Assert.Contains(message, problem.GetProperty("errors").GetProperty(field).EnumerateArray().Select(e => e.GetString()));
    }

    [Theory]
    [InlineData(Roles.Employee)]
    [InlineData(Roles.ComplaintsOfficer)]
    [InlineData(Roles.Operations)]
    public async Task Every_role_but_quality_manager_and_management_is_refused(string role)
    {
        var client = CreateClient("someone", role);
        foreach (var url in new[]
                 {
                     "/api/analysis/complaints", "/api/analysis/complaints.csv", "/api/analysis/reports", "/api/analysis/years/2026",
                     "/api/analysis/years/2026/recommendations", "/api/analysis/years/2026/publications",
                 })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(url)).StatusCode);
        }
    }

    [Theory]
    [InlineData(Roles.QualityManager)]
    [InlineData(Roles.Management)]
    public async Task The_quality_manager_and_management_read_everything(string role)
    {
        var client = CreateClient("reader", role);
        foreach (var url in new[] { "/api/analysis/complaints", "/api/analysis/reports", "/api/analysis/years/2026", "/api/analysis/years/2026/publications" })
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(url)).StatusCode);
        }
    }
}

using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Klachten.IntegrationTests.Infrastructure;
using MiniExcelLibs;

namespace Klachten.IntegrationTests.Analysis;

public sealed class DocumentTests(ApiFixture fixture) : AnalysisTestBase(fixture)
{
    private static readonly TimeSpan Winter = TimeSpan.FromHours(1);

    private async Task HandleTwoAsync()
    {
        await RunAsync(new Lifecycle(new DateTimeOffset(2026, 1, 5, 10, 0, 0, Winter), ["Conduct", "Financial"], "Communication", "WellFounded"));
        await RunAsync(new Lifecycle(new DateTimeOffset(2026, 2, 9, 10, 0, 0, Winter), ["Financial"], "WrongAmount", "Unfounded", DecideAfterDays: 20));
        await DeliveredAsync();
        Clock.Set(new DateTimeOffset(2026, 6, 1, 9, 0, 0, TimeSpan.Zero));
    }

    private async Task<byte[]> BytesAsync(HttpClient client, string url, string contentType)
    {
        var response = await client.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        Assert.Equal(contentType, response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadAsByteArrayAsync();
    }

    private static string PdfText(byte[] pdf)
    {
        var path = Path.Combine(Path.GetTempPath(), $"analysis-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(path, pdf);
        try
        {
            using var process = Process.Start(new ProcessStartInfo("pdftotext", ["-layout", path, "-"]) { RedirectStandardOutput = true })!;
            var text = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            Assert.Equal(0, process.ExitCode);
            return text;
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task The_draft_PDF_and_XLSX_of_a_year_open_in_real_readers_and_show_the_year_and_its_figures()
    {
        await HandleTwoAsync();

        var text = PdfText(await BytesAsync(QualityManager, "/api/analysis/years/2026.pdf", "application/pdf"));
        Assert.Contains("Jaaranalyse klachten 2026", text);
        Assert.Contains("Concept, nog niet gepubliceerd", text);
        Assert.Contains("Ontvangen klachten", text);
        Assert.Contains("Pagina 1 van", text);
        Assert.Contains("Financiële aspecten van de dienstverlening", text);
        Assert.DoesNotContain("De Boer", text);

        using var xlsx = new MemoryStream(await BytesAsync(Management, "/api/analysis/years/2026.xlsx",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        Assert.Contains("Kengetallen", MiniExcel.GetSheetNames(xlsx));
        var rows = MiniExcel.Query(xlsx, sheetName: "Kengetallen").Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(["Kengetal", "2025", "2026"], rows[0].Values.Select(v => v?.ToString()));
        var received = rows.Single(r => Equals(r["A"], "Ontvangen klachten"));
        Assert.Equal("2", received["C"]?.ToString());
    }

    [Fact]
    public async Task A_published_PDF_is_stored_with_its_version_and_served_byte_identical_after_more_complaints()
    {
        await HandleTwoAsync();
        await ExpectAsync(HttpStatusCode.Created, QualityManager.PostAsJsonAsync("/api/analysis/years/2026/recommendations",
            new { text = "Leg de kostenberekening uit in de eerste brief.", categories = new[] { "Financial" }, suggestedKind = "ProcedureChange" },
            ApiJson.Options));
        await ExpectAsync(HttpStatusCode.Created, QualityManager.PostAsJsonAsync("/api/analysis/years/2026/publications", new { }, ApiJson.Options));
        var published = await BytesAsync(QualityManager, "/api/analysis/years/2026/publications/1.pdf", "application/pdf");
        var text = PdfText(published);
        Assert.Contains("Versie 1, gepubliceerd op 1 juni 2026 door qm.smit", text);
        Assert.Contains("Leg de kostenberekening uit in de eerste brief.", text);
        Assert.Equal(published, await BytesAsync(Management, "/api/analysis/years/2026.pdf", "application/pdf"));

        await RunAsync(new Lifecycle(new DateTimeOffset(2026, 3, 2, 10, 0, 0, Winter), ["Conduct"], "Communication", "Unfounded"));
        await DeliveredAsync();
        Clock.Set(new DateTimeOffset(2026, 7, 1, 9, 0, 0, TimeSpan.Zero));
        Assert.Equal(published, await BytesAsync(Management, "/api/analysis/years/2026/publications/1.pdf", "application/pdf"));
        Assert.Equal(published, await BytesAsync(Management, "/api/analysis/years/2026.pdf", "application/pdf"));
        Assert.Equal(HttpStatusCode.NotFound, (await Management.GetAsync("/api/analysis/years/2026/publications/2.pdf")).StatusCode);
        using var xlsx = new MemoryStream(await BytesAsync(Management, "/api/analysis/years/2026/publications/1.xlsx",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        Assert.Contains("Per categorie", MiniExcel.GetSheetNames(xlsx));
    }

    [Fact]
    public async Task Charts_come_as_PNG_and_SVG_for_a_year_and_a_period_and_an_unknown_chart_is_404()
    {
        await HandleTwoAsync();

        foreach (var name in new[] { "months", "categories", "root-causes", "terms" })
        {
            var png = await BytesAsync(QualityManager, $"/api/analysis/years/2026/charts/{name}.png", "image/png");
            Assert.Equal([0x89, 0x50, 0x4E, 0x47], png[..4]);
            var svg = System.Text.Encoding.UTF8.GetString(await BytesAsync(QualityManager, $"/api/analysis/years/2026/charts/{name}.svg", "image/svg+xml"));
            Assert.Contains("<svg", svg);
            Assert.Equal([0x89, 0x50, 0x4E, 0x47],
                (await BytesAsync(QualityManager, $"/api/analysis/reports/charts/{name}.png?from=2026-01-01&to=2026-03-31", "image/png"))[..4]);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await QualityManager.GetAsync("/api/analysis/years/2026/charts/pie.png")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await CreateClient("x", "Employee").GetAsync("/api/analysis/years/2026/charts/months.png")).StatusCode);
    }

    [Fact]
    public async Task The_period_report_PDF_and_XLSX_show_the_period_and_its_count()
    {
        await HandleTwoAsync();

        var text = PdfText(await BytesAsync(QualityManager, "/api/analysis/reports.pdf?from=2026-01-01&to=2026-01-31", "application/pdf"));
        Assert.Contains("Klachtenrapportage 1 januari 2026 t/m 31 januari 2026", text);
        Assert.Matches(@"Ontvangen klachten\s+1\b", text);

        using var xlsx = new MemoryStream(await BytesAsync(QualityManager, "/api/analysis/reports.xlsx?from=2026-01-01&to=2026-02-28",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        var months = MiniExcel.Query(xlsx, sheetName: "Per maand").Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(["jan 2026", "feb 2026"], months.Skip(1).Select(r => r["A"]?.ToString()));

        var saved = await ExpectAsync(HttpStatusCode.Created, QualityManager.PostAsJsonAsync("/api/analysis/reports/saved",
            new { from = "2026-01-01", to = "2026-01-31", title = "Kantooroverleg februari" }, ApiJson.Options));
        var savedPdf = PdfText(await BytesAsync(Management, $"/api/analysis/reports/saved/{saved.GetProperty("id").GetGuid()}.pdf", "application/pdf"));
        Assert.Contains("Kantooroverleg februari", savedPdf);
    }
}

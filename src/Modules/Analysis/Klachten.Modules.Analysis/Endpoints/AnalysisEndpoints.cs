using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Klachten.BuildingBlocks.Application;
using Klachten.BuildingBlocks.Web;
using Klachten.Modules.Analysis.Application.Abstractions;
using Klachten.Modules.Analysis.Application.Figures;
using Klachten.Modules.Analysis.Application.GetDocuments;
using Klachten.Modules.Analysis.Application.GetFileCount;
using Klachten.Modules.Analysis.Application.GetPeriodReport;
using Klachten.Modules.Analysis.Application.GetPublications;
using Klachten.Modules.Analysis.Application.GetYearFigures;
using Klachten.Modules.Analysis.Application.ListRegister;
using Klachten.Modules.Analysis.Application.PublishYearlyAnalysis;
using Klachten.Modules.Analysis.Application.RebuildReadModel;
using Klachten.Modules.Analysis.Application.Recommendations;
using Klachten.Modules.Analysis.Application.SavePeriodReport;
using Klachten.Modules.Analysis.Application.SetFileCount;
using Klachten.Modules.Analysis.Contracts;
using Klachten.Modules.Handling.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Klachten.Modules.Analysis.Endpoints;

/// <summary>
/// The Analysis API: the register of handled complaints, period reports, the yearly analysis. Only the quality manager and
/// management read it (403 for every other role); writing recommendations and publishing is the quality manager's; a rebuild
/// of the read model is for operations. Errors: 400 naming every bad value (unknown category or root cause, a year outside
/// 2000..this year, from after to). Trend test: the exact conditional test for two Poisson counts (binomial test of this
/// year's count given both years' total, p = 0.5, two-sided; significant when p &lt; 0.05).
/// </summary>
internal static class AnalysisEndpoints
{
    private const string Csv = "text/csv";

    public static void Map(RouteGroupBuilder group)
    {
        group.WithMetadata(new WholeNumberRouteValue("year", AnalysisRules.FirstYear,
            $"A calendar year from {AnalysisRules.FirstYear} to this year (Europe/Amsterdam); another is a 400 naming it."));
        var readers = group.MapGroup("").RequireAuthorization(p => p.RequireRole(Roles.SeeAllComplaints));
        var qualityManager = group.MapGroup("").RequireAuthorization(p => p.RequireRole(Roles.QualityManager));

        readers.MapGet("/complaints", ListRegisterAsync)
            .WithName("ListHandledComplaints")
            .WithSummary("List the register of handled complaints")
            .WithDescription("The register of handled complaints (the collected forms), a page at a time; with Accept: text/csv the whole register as CSV. Audited.")
            .Produces<PagedList<RegisterRowDto>>(StatusCodes.Status200OK, "application/json", Csv)
            .ProducesValidationProblem();

        readers.MapGet("/complaints.csv", ExportRegisterAsync)
            .WithName("ExportHandledComplaints")
            .WithSummary("Export the register as CSV")
            .WithDescription("The register of handled complaints for the filter as CSV (semicolons, Dutch headers, UTF-8). Audited.")
            .Produces(StatusCodes.Status200OK, contentType: Csv)
            .ProducesValidationProblem();

        readers.MapGet("/reports", GetReportAsync)
            .WithName("GetPeriodReport")
            .WithSummary("Get the figures of a period")
            .WithDescription("Every figure for a period of receipt (from/to yyyy-MM-dd, inclusive; default this year to today). Audited.")
            .ProducesValidationProblem();

        readers.MapGet("/years/{year}", GetYearAsync)
            .WithName("GetYearFigures")
            .WithSummary("Get the figures of a year")
            .WithDescription("The live figures of a year beside the previous year, with the trend per month and per category (exact Poisson test). Audited.")
            .ProducesValidationProblem();

        readers.MapGet("/years/{year}/files", GetFilesAsync)
            .WithName("GetYearFileCount")
            .WithSummary("Get the year's number of files")
            .WithDescription("The office's number of collection files in the year as entered, who entered it and when (files null and "
                + "version 0 while none was entered); its ETag goes with a change as If-Match. Audited.")
            .ProducesValidationProblem()
            .WithETag();

        qualityManager.MapPut("/years/{year}/files", SetFilesAsync)
            .WithName("SetYearFileCount")
            .WithSummary("Set the year's number of files")
            .WithDescription("Enter the office's number of collection files in the year: the figures then give rates per 1,000 files. "
                + "If-Match: the ETag of GET .../files (\"0\" for a first entry); 412 stale_version when another number was entered since.")
            .ProducesValidationProblem()
            .WithETag();

        readers.MapGet("/years/{year}/recommendations", ListRecommendationsAsync)
            .WithName("ListRecommendations")
            .WithSummary("List the draft's recommendations")
            .WithDescription("The recommendations on the year's draft, withdrawn ones included (withdrawnAt set), each with its version "
                + "(its ETag, for a change of it). The list's ETag is the draft's version: publishing takes it as If-Match.")
            .ProducesValidationProblem()
            .WithETag();

        readers.MapGet("/years/{year}/recommendations/{id:guid}", GetRecommendationAsync)
            .WithName("GetRecommendation")
            .WithSummary("Get a recommendation")
            .WithDescription("One recommendation of the year's draft; its ETag goes with a change or withdrawal as If-Match. Audited.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithETag();

        qualityManager.MapPost("/years/{year}/recommendations", AddRecommendationAsync)
            .WithName("AddRecommendation")
            .WithSummary("Add a recommendation")
            .WithDescription("Add a recommendation to the year's draft: text, the category and root-cause codes it addresses, the MeasureKind it suggests.")
            .ProducesValidationProblem();

        qualityManager.MapPut("/years/{year}/recommendations/{id:guid}", UpdateRecommendationAsync)
            .WithName("UpdateRecommendation")
            .WithSummary("Change a recommendation")
            .WithDescription("Change a recommendation on the draft (published versions keep what they froze). 409 recommendation_withdrawn; "
                + "412 stale_version when If-Match is not the recommendation's ETag.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithETag();

        qualityManager.MapDelete("/years/{year}/recommendations/{id:guid}", WithdrawRecommendationAsync)
            .WithName("WithdrawRecommendation")
            .WithSummary("Withdraw a recommendation")
            .WithDescription("Withdraw a recommendation from the draft: it stays on record with who and when, and is not published again. "
                + "409 recommendation_withdrawn; 412 stale_version when If-Match is not the recommendation's ETag.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithETag();

        readers.MapGet("/years/{year}/publications", ListPublicationsAsync)
            .WithName("ListPublications")
            .WithSummary("List the published versions")
            .WithDescription("The published versions of the year's analysis: number, who, when, correction reason.")
            .ProducesValidationProblem();

        qualityManager.MapPost("/years/{year}/publications", PublishAsync)
            .WithName("PublishYearlyAnalysis")
            .WithSummary("Publish the yearly analysis")
            .WithDescription("Freeze the year's figures and recommendations as the next version and raise YearlyAnalysisPublished. 422 correction_reason_required (a later version), nothing_to_correct (a reason on version 1). "
                + "If-Match: the ETag of the recommendations list as read; 412 stale_version when the draft's recommendations changed since "
                + "(the figures are frozen as they are now). Answers the draft's ETag it froze.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithETag();

        readers.MapGet("/years/{year}/publications/{version:int}", GetPublicationAsync)
            .WithName("GetPublication")
            .WithSummary("Get a published version")
            .WithDescription("A published version exactly as it was frozen. Audited.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        qualityManager.MapPost("/reports/saved", SaveReportAsync)
            .WithName("SavePeriodReport")
            .WithSummary("Save a period report")
            .WithDescription("Freeze a period report for an office meeting (from/to yyyy-MM-dd, optional title) and raise PeriodReportSaved.")
            .ProducesValidationProblem();

        readers.MapGet("/reports/saved", ListSavedReportsAsync)
            .WithName("ListSavedReports")
            .WithSummary("List the saved period reports")
            .WithDescription("The saved period reports, newest first.");

        readers.MapGet("/reports/saved/{id:guid}", GetSavedReportAsync)
            .WithName("GetSavedReport")
            .WithSummary("Get a saved period report")
            .WithDescription("A saved period report exactly as it was frozen. Audited.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        readers.MapGet("/years/{year}.pdf", (string year, IRequestDispatcher d, CancellationToken ct) => YearDocumentAsync(year, DocumentKind.Pdf, d, ct))
            .WithName("GetYearlyAnalysisPdf")
            .WithSummary("Get the yearly analysis as PDF")
            .WithDescription("The yearly analysis as a Dutch PDF: the latest published version as stored, or the live draft while none is published.")
            .Produces(StatusCodes.Status200OK, contentType: DocumentFile.Pdf);

        readers.MapGet("/years/{year}.xlsx", (string year, IRequestDispatcher d, CancellationToken ct) => YearDocumentAsync(year, DocumentKind.Xlsx, d, ct))
            .WithName("GetYearlyAnalysisXlsx")
            .WithSummary("Get the yearly analysis as XLSX")
            .WithDescription("The yearly analysis's tables as XLSX (Dutch headers): the latest published version, or the live draft.")
            .Produces(StatusCodes.Status200OK, contentType: DocumentFile.Xlsx);

        readers.MapGet("/years/{year}/publications/{version:int}.pdf",
                (string year, int version, IRequestDispatcher d, CancellationToken ct) => PublicationDocumentAsync(year, version, DocumentKind.Pdf, d, ct))
            .WithName("GetPublicationPdf")
            .WithSummary("Get a published version as PDF")
            .WithDescription("A published version's PDF, byte for byte as stored at publication.")
            .Produces(StatusCodes.Status200OK, contentType: DocumentFile.Pdf)
            .ProducesProblem(StatusCodes.Status404NotFound);

        readers.MapGet("/years/{year}/publications/{version:int}.xlsx",
                (string year, int version, IRequestDispatcher d, CancellationToken ct) => PublicationDocumentAsync(year, version, DocumentKind.Xlsx, d, ct))
            .WithName("GetPublicationXlsx")
            .WithSummary("Get a published version as XLSX")
            .WithDescription("A published version's tables as XLSX, byte for byte as stored at publication.")
            .Produces(StatusCodes.Status200OK, contentType: DocumentFile.Xlsx)
            .ProducesProblem(StatusCodes.Status404NotFound);

        readers.MapGet("/years/{year}/charts/{name}.png",
                (string year, [OneOf(typeof(AnalysisCharts))] string name, IRequestDispatcher d, CancellationToken ct) =>
                    ChartAsync(year, null, null, name, ChartFormat.Png, d, ct))
            .WithName("GetYearChartPng")
            .WithSummary("Get a chart of the year (PNG)")
            .WithDescription("A chart of the year beside the previous one: months, categories, root-causes (Pareto), terms.")
            .Produces(StatusCodes.Status200OK, contentType: DocumentFile.Png)
            .ProducesProblem(StatusCodes.Status404NotFound);

        readers.MapGet("/years/{year}/charts/{name}.svg",
                (string year, [OneOf(typeof(AnalysisCharts))] string name, IRequestDispatcher d, CancellationToken ct) =>
                    ChartAsync(year, null, null, name, ChartFormat.Svg, d, ct))
            .WithName("GetYearChartSvg")
            .WithSummary("Get a chart of the year (SVG)")
            .WithDescription("The same chart as SVG.")
            .Produces(StatusCodes.Status200OK, contentType: DocumentFile.Svg)
            .ProducesProblem(StatusCodes.Status404NotFound);

        readers.MapGet("/reports.pdf", ([TextForm(TextForm.Date)] string? from, [TextForm(TextForm.Date)] string? to, IRequestDispatcher d, CancellationToken ct) => PeriodDocumentAsync(from, to, DocumentKind.Pdf, d, ct))
            .WithName("GetPeriodReportPdf")
            .WithSummary("Get the period report as PDF")
            .WithDescription("The period report as a Dutch PDF to hand out at the office meeting (from/to as for /reports). Audited.")
            .Produces(StatusCodes.Status200OK, contentType: DocumentFile.Pdf)
            .ProducesValidationProblem();

        readers.MapGet("/reports.xlsx", ([TextForm(TextForm.Date)] string? from, [TextForm(TextForm.Date)] string? to, IRequestDispatcher d, CancellationToken ct) => PeriodDocumentAsync(from, to, DocumentKind.Xlsx, d, ct))
            .WithName("GetPeriodReportXlsx")
            .WithSummary("Get the period report as XLSX")
            .WithDescription("The period report's tables as XLSX. Audited.")
            .Produces(StatusCodes.Status200OK, contentType: DocumentFile.Xlsx)
            .ProducesValidationProblem();

        readers.MapGet("/reports/charts/{name}.png",
                ([OneOf(typeof(AnalysisCharts))] string name, [TextForm(TextForm.Date)] string? from, [TextForm(TextForm.Date)] string? to,
                    IRequestDispatcher d, CancellationToken ct) =>
                    ChartAsync(null, from, to, name, ChartFormat.Png, d, ct))
            .WithName("GetPeriodChartPng")
            .WithSummary("Get a chart of the period (PNG)")
            .WithDescription("A chart of the period: months, categories, root-causes (Pareto), terms.")
            .Produces(StatusCodes.Status200OK, contentType: DocumentFile.Png)
            .ProducesProblem(StatusCodes.Status404NotFound);

        readers.MapGet("/reports/charts/{name}.svg",
                ([OneOf(typeof(AnalysisCharts))] string name, [TextForm(TextForm.Date)] string? from, [TextForm(TextForm.Date)] string? to,
                    IRequestDispatcher d, CancellationToken ct) =>
                    ChartAsync(null, from, to, name, ChartFormat.Svg, d, ct))
            .WithName("GetPeriodChartSvg")
            .WithSummary("Get a chart of the period (SVG)")
            .WithDescription("The same chart as SVG.")
            .Produces(StatusCodes.Status200OK, contentType: DocumentFile.Svg)
            .ProducesProblem(StatusCodes.Status404NotFound);

        readers.MapGet("/reports/saved/{id:guid}.pdf", (Guid id, IRequestDispatcher d, CancellationToken ct) => SavedReportDocumentAsync(id, DocumentKind.Pdf, d, ct))
            .WithName("GetSavedReportPdf")
            .WithSummary("Get a saved report as PDF")
            .WithDescription("A saved period report's PDF, byte for byte as stored when it was saved.")
            .Produces(StatusCodes.Status200OK, contentType: DocumentFile.Pdf)
            .ProducesProblem(StatusCodes.Status404NotFound);

        readers.MapGet("/reports/saved/{id:guid}.xlsx", (Guid id, IRequestDispatcher d, CancellationToken ct) => SavedReportDocumentAsync(id, DocumentKind.Xlsx, d, ct))
            .WithName("GetSavedReportXlsx")
            .WithSummary("Get a saved report as XLSX")
            .WithDescription("A saved period report's tables as XLSX, as stored.")
            .Produces(StatusCodes.Status200OK, contentType: DocumentFile.Xlsx)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/rebuild", RebuildAsync)
            .RequireAuthorization(p => p.RequireRole(Roles.Operations))
            .WithName("RebuildAnalysisReadModel")
            .WithSummary("Rebuild the read model")
            .WithDescription("Empty the read model and refill it from Intake, Classification and Handling (a Hangfire job, on the dashboard).");
    }

    private static async Task<Results<Ok<PagedList<RegisterRowDto>>, FileContentHttpResult>> ListRegisterAsync(
        HttpRequest request, IRequestDispatcher dispatcher, [TextForm(TextForm.Date)] string? from, [TextForm(TextForm.Date)] string? to,
        string? category, string? rootCause, [OneOf(typeof(DecisionOutcome))] string? outcome, [TextForm(TextForm.Boolean)] string? inTime,
        [TextForm(TextForm.WholeNumber), Description(PageRequest.PageText)] string? page,
        [TextForm(TextForm.WholeNumber), Description(PageRequest.PageSizeText)] string? pageSize, CancellationToken cancellationToken)
    {
        if (request.Headers.Accept.Any(a => a is not null && a.Contains(Csv, StringComparison.OrdinalIgnoreCase)))
        {
            return await ExportRegisterAsync(dispatcher, from, to, category, rootCause, outcome, inTime, cancellationToken);
        }

        return TypedResults.Ok(await dispatcher.Query(new ListRegisterQuery(from, to, category, rootCause, outcome, inTime, page, pageSize),
            cancellationToken));
    }

    private static async Task<FileContentHttpResult> ExportRegisterAsync(
        IRequestDispatcher dispatcher, [TextForm(TextForm.Date)] string? from, [TextForm(TextForm.Date)] string? to, string? category,
        string? rootCause, [OneOf(typeof(DecisionOutcome))] string? outcome, [TextForm(TextForm.Boolean)] string? inTime,
        CancellationToken cancellationToken) =>
        TypedResults.File(await dispatcher.Query(new ExportRegisterQuery(from, to, category, rootCause, outcome, inTime), cancellationToken),
            Csv + "; charset=utf-8", "klachtenregister.csv");

    private static async Task<Ok<PeriodFiguresDto>> GetReportAsync(IRequestDispatcher dispatcher, [TextForm(TextForm.Date)] string? from,
        [TextForm(TextForm.Date)] string? to, CancellationToken cancellationToken) =>
        TypedResults.Ok(await dispatcher.Query(new GetPeriodReportQuery(from, to), cancellationToken));

    private static async Task<Ok<YearFiguresDto>> GetYearAsync(string year, IRequestDispatcher dispatcher, CancellationToken cancellationToken) =>
        TypedResults.Ok(await dispatcher.Query(new GetYearFiguresQuery(year), cancellationToken));

    private static async Task<Ok<FileCountDto>> GetFilesAsync(string year, IRequestDispatcher dispatcher, CancellationToken cancellationToken) =>
        TypedResults.Ok(await dispatcher.Query(new GetFileCountQuery(year), cancellationToken));

    private static async Task<Ok<FileCountDto>> SetFilesAsync(string year, FileCountBody body, IRequestDispatcher dispatcher,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(await dispatcher.Send((await dispatcher.Validated(new SetFileCountRequest(year, body.Files), cancellationToken)).ToCommand(),
            cancellationToken));

    private static async Task<Ok<IReadOnlyList<RecommendationDto>>> ListRecommendationsAsync(string year, IRequestDispatcher dispatcher,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(await dispatcher.Query(new ListRecommendationsQuery(year), cancellationToken));

    private static async Task<Ok<RecommendationDto>> GetRecommendationAsync(string year, Guid id, IRequestDispatcher dispatcher,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(await dispatcher.Query(new GetRecommendationQuery(year, id), cancellationToken));

    private static async Task<Created<RecommendationDto>> AddRecommendationAsync(string year, RecommendationBody body,
        IRequestDispatcher dispatcher, CancellationToken cancellationToken)
    {
        var added = await dispatcher.Send((await dispatcher.Validated(body.For(year), cancellationToken)).ToAddCommand(), cancellationToken);
        return TypedResults.Created($"/api/analysis/years/{year}/recommendations/{added.Id}", added);
    }

    private static async Task<Ok<RecommendationDto>> UpdateRecommendationAsync(string year, Guid id, RecommendationBody body,
        IRequestDispatcher dispatcher, CancellationToken cancellationToken) =>
        TypedResults.Ok(await dispatcher.Send((await dispatcher.Validated(body.For(year), cancellationToken)).ToUpdateCommand(id), cancellationToken));

    private static async Task<Ok<RecommendationDto>> WithdrawRecommendationAsync(string year, Guid id, IRequestDispatcher dispatcher,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(await dispatcher.Send((await dispatcher.Validated(new WithdrawRecommendationRequest(year, id), cancellationToken)).ToCommand(),
            cancellationToken));

    private static async Task<Ok<IReadOnlyList<PublicationSummaryDto>>> ListPublicationsAsync(string year, IRequestDispatcher dispatcher,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(await dispatcher.Query(new ListPublicationsQuery(year), cancellationToken));

    private static async Task<Created<PublishedYearDto>> PublishAsync(string year, [FromBody] PublishBody? body, IRequestDispatcher dispatcher,
        CancellationToken cancellationToken)
    {
        var request = await dispatcher.Validated(new PublishYearlyAnalysisRequest(year, body?.CorrectionReason), cancellationToken);
        var published = await dispatcher.Send(request.ToCommand(), cancellationToken);
        return TypedResults.Created($"/api/analysis/years/{published.Year}/publications/{published.Version}", published);
    }

    private static async Task<Ok<PublishedYearDto>> GetPublicationAsync(string year, int version, IRequestDispatcher dispatcher,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(await dispatcher.Query(new GetPublicationQuery(year, version), cancellationToken));

    private static async Task<Created<SavedReportDto>> SaveReportAsync(SavePeriodReportRequest request, IRequestDispatcher dispatcher,
        CancellationToken cancellationToken)
    {
        var saved = await dispatcher.Send((await dispatcher.Validated(request, cancellationToken)).ToCommand(), cancellationToken);
        return TypedResults.Created($"/api/analysis/reports/saved/{saved.Id}", saved);
    }

    private static async Task<Ok<IReadOnlyList<SavedReportSummaryDto>>> ListSavedReportsAsync(IRequestDispatcher dispatcher,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(await dispatcher.Query(new ListSavedReportsQuery(), cancellationToken));

    private static async Task<Ok<SavedReportDto>> GetSavedReportAsync(Guid id, IRequestDispatcher dispatcher, CancellationToken cancellationToken) =>
        TypedResults.Ok(await dispatcher.Query(new GetSavedReportQuery(id), cancellationToken));

    private static async Task<FileContentHttpResult> YearDocumentAsync(string year, DocumentKind kind, IRequestDispatcher dispatcher,
        CancellationToken cancellationToken) =>
        File(await dispatcher.Query(new GetYearDocumentQuery(year, kind), cancellationToken));

    private static async Task<FileContentHttpResult> PublicationDocumentAsync(string year, int version, DocumentKind kind, IRequestDispatcher dispatcher,
        CancellationToken cancellationToken) =>
        File(await dispatcher.Query(new GetPublicationDocumentQuery(year, version, kind), cancellationToken));

    private static async Task<FileContentHttpResult> PeriodDocumentAsync(string? from, string? to, DocumentKind kind, IRequestDispatcher dispatcher,
        CancellationToken cancellationToken) =>
        File(await dispatcher.Query(new GetPeriodDocumentQuery(from, to, kind), cancellationToken));

    private static async Task<FileContentHttpResult> SavedReportDocumentAsync(Guid id, DocumentKind kind, IRequestDispatcher dispatcher,
        CancellationToken cancellationToken) =>
        File(await dispatcher.Query(new GetSavedReportDocumentQuery(id, kind), cancellationToken));

    private static async Task<FileContentHttpResult> ChartAsync(string? year, string? from, string? to, string name, ChartFormat format,
        IRequestDispatcher dispatcher, CancellationToken cancellationToken) =>
        File(await dispatcher.Query(new GetChartQuery(year, from, to, name, format), cancellationToken));

    private static FileContentHttpResult File(DocumentFile file) => TypedResults.File(file.Content, file.ContentType, file.FileName);

    private static async Task<Accepted<RebuildRequested>> RebuildAsync(IRequestDispatcher dispatcher, CancellationToken cancellationToken) =>
        TypedResults.Accepted("/hangfire/jobs/enqueued", await dispatcher.Send(new RebuildReadModelCommand(), cancellationToken));
}

/// <param name="Files">the number of collection files, a whole number (text, so that a wrong one is named in the 400)</param>
internal sealed record FileCountBody([property: Required] string? Files);

/// <summary>A recommendation's body; the year comes from the route.</summary>
internal sealed record RecommendationBody(
    [property: Required] string? Text,
    IReadOnlyList<string>? Categories,
    IReadOnlyList<string>? RootCauses,
    [property: Required, OneOf(typeof(MeasureKind))] string? SuggestedKind)
{
    public RecommendationRequest For(string year) => new(year, Text, Categories, RootCauses, SuggestedKind);
}

/// <param name="CorrectionReason">required for every version after the first: why the published figures are corrected</param>
internal sealed record PublishBody(string? CorrectionReason);

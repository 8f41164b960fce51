using System.ComponentModel.DataAnnotations;
using Klachten.BuildingBlocks.Application;
using Klachten.Modules.Analysis.Application.Figures;
using Klachten.Modules.Analysis.Application.GetPeriodReport;
using Klachten.Modules.Analysis.Application.GetYearFigures;
using Klachten.Modules.Analysis.Application.ListRegister;
using Klachten.Modules.Analysis.Application.RebuildReadModel;
using Klachten.Modules.Analysis.Application.SetFileCount;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
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
        var readers = group.MapGroup("").RequireAuthorization(p => p.RequireRole(Roles.SeeAllComplaints));
        var qualityManager = group.MapGroup("").RequireAuthorization(p => p.RequireRole(Roles.QualityManager));

        readers.MapGet("/complaints", ListRegisterAsync)
            .WithName("ListHandledComplaints")
            .WithSummary("The register of handled complaints (the collected forms), a page at a time; with Accept: text/csv the whole register as CSV. Audited.")
            .Produces(StatusCodes.Status200OK, contentType: Csv)
            .ProducesValidationProblem();

        readers.MapGet("/complaints.csv", ExportRegisterAsync)
            .WithName("ExportHandledComplaints")
            .WithSummary("The register of handled complaints for the filter as CSV (semicolons, Dutch headers, UTF-8). Audited.")
            .Produces(StatusCodes.Status200OK, contentType: Csv)
            .ProducesValidationProblem();

        readers.MapGet("/reports", GetReportAsync)
            .WithName("GetPeriodReport")
            .WithSummary("Every figure for a period of receipt (from/to yyyy-MM-dd, inclusive; default this year to today). Audited.")
            .ProducesValidationProblem();

        readers.MapGet("/years/{year}", GetYearAsync)
            .WithName("GetYearFigures")
            .WithSummary("The live figures of a year beside the previous year, with the trend per month and per category (exact Poisson test). Audited.")
            .ProducesValidationProblem();

        qualityManager.MapPut("/years/{year}/files", SetFilesAsync)
            .WithName("SetYearFileCount")
            .WithSummary("Enter the office's number of collection files in the year: the figures then give rates per 1,000 files.")
            .ProducesValidationProblem();

        group.MapPost("/rebuild", RebuildAsync)
            .RequireAuthorization(p => p.RequireRole(Roles.Operations))
            .WithName("RebuildAnalysisReadModel")
            .WithSummary("Empty the read model and refill it from Intake, Classification and Handling (a Hangfire job, on the dashboard).");
    }

    private static async Task<Results<Ok<PagedList<RegisterRowDto>>, FileContentHttpResult>> ListRegisterAsync(
        HttpRequest request, IRequestDispatcher dispatcher, string? from, string? to, string? category, string? rootCause, string? outcome,
        string? inTime, string? page, string? pageSize, CancellationToken cancellationToken)
    {
        if (request.Headers.Accept.Any(a => a is not null && a.Contains(Csv, StringComparison.OrdinalIgnoreCase)))
        {
            return await ExportRegisterAsync(dispatcher, from, to, category, rootCause, outcome, inTime, cancellationToken);
        }

        return TypedResults.Ok(await dispatcher.Query(new ListRegisterQuery(from, to, category, rootCause, outcome, inTime, page, pageSize),
            cancellationToken));
    }

    private static async Task<FileContentHttpResult> ExportRegisterAsync(
        IRequestDispatcher dispatcher, string? from, string? to, string? category, string? rootCause, string? outcome, string? inTime,
        CancellationToken cancellationToken) =>
        TypedResults.File(await dispatcher.Query(new ExportRegisterQuery(from, to, category, rootCause, outcome, inTime), cancellationToken),
            Csv + "; charset=utf-8", "klachtenregister.csv");

    private static async Task<Ok<PeriodFiguresDto>> GetReportAsync(IRequestDispatcher dispatcher, string? from, string? to,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(await dispatcher.Query(new GetPeriodReportQuery(from, to), cancellationToken));

    private static async Task<Ok<YearFiguresDto>> GetYearAsync(string year, IRequestDispatcher dispatcher, CancellationToken cancellationToken) =>
        TypedResults.Ok(await dispatcher.Query(new GetYearFiguresQuery(year), cancellationToken));

    private static async Task<Ok<FileCountDto>> SetFilesAsync(string year, FileCountRequest request, IRequestDispatcher dispatcher,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(await dispatcher.Send(new SetFileCountCommand(year, request.Files), cancellationToken));

    private static async Task<Accepted<RebuildRequested>> RebuildAsync(IRequestDispatcher dispatcher, CancellationToken cancellationToken) =>
        TypedResults.Accepted("/hangfire/jobs/enqueued", await dispatcher.Send(new RebuildReadModelCommand(), cancellationToken));
}

/// <param name="Files">the number of collection files, a whole number (text, so that a wrong one is named in the 400)</param>
internal sealed record FileCountRequest([property: Required] string? Files);

using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Klachten.BuildingBlocks.Application;
using Klachten.BuildingBlocks.Web;
using Klachten.Modules.Classification.Application.Abstractions;
using Klachten.Modules.Classification.Application.AddReferenceCode;
using Klachten.Modules.Classification.Application.ClassifyComplaint;
using Klachten.Modules.Classification.Application.GetClassification;
using Klachten.Modules.Classification.Application.GetClassificationQueue;
using Klachten.Modules.Classification.Application.GetReferenceCode;
using Klachten.Modules.Classification.Application.GetReferenceCodes;
using Klachten.Modules.Classification.Application.RemoveReferenceCode;
using Klachten.Modules.Classification.Application.SetReferenceCodeActive;
using Klachten.Modules.Classification.Domain;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Klachten.Modules.Classification.Endpoints;

/// <summary>
/// Classification API. Error codes (ProblemDetails "code"): code_exists (409, POST of a category/root cause whose code
/// exists, regardless of case), code_in_use (409, DELETE of a category/root cause some classification used: deactivate it).
/// Bad input, unknown or inactive categories/root causes and a missing reason for a change are 400 with the field named
/// ("categories[1]", "rootCause", "reason").
/// </summary>
internal static class ClassificationEndpoints
{
    private static readonly string[] Readers = [Roles.QualityManager, Roles.Management, Roles.ComplaintsOfficer];

    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/queue", GetQueue)
            .RequireAuthorization(p => p.RequireRole(Roles.SeeAllComplaints))
            .WithName("GetClassificationQueue")
            .WithSummary("Complaints to classify")
            .WithDescription("Complaints not yet classified (reference and receipt only), filtered by their handling officer or "
                + "searched by reference. The earliest received first (the nearest deadline), then by reference. Audited.")
            .ProducesValidationProblem();

        group.MapPut("/complaints/{id:guid}", Classify)
            .RequireAuthorization(p => p.RequireRole(Roles.QualityManager))
            .WithName("ClassifyComplaint")
            .WithSummary("Classify a complaint")
            .WithDescription("Sets the complete classification: categories and optionally the cause. A change after the first "
                + "classification needs a reason, except recording a cause where none was recorded yet. Unknown or inactive "
                + "categories and root causes are 400 with the field named (categories[1], rootCause); 412 stale_version when "
                + "If-Match is not the classification's ETag.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithETag();

        group.MapGet("/complaints/{id:guid}", GetClassification)
            .RequireAuthorization(p => p.RequireRole(Readers))
            .WithName("GetClassification")
            .WithSummary("Read a classification")
            .WithDescription("The current classification of a complaint and its complete history; its ETag goes with a change as If-Match.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithETag();

        MapReferenceList(group, new ReferenceListRoute(ReferenceList.Category, "/categories"), "Category", "category", "categories");
        MapReferenceList(group, new ReferenceListRoute(ReferenceList.RootCause, "/root-causes"), "RootCause", "root cause", "root causes");
    }

    // The categories and the root causes share their routes; which list a route serves is endpoint metadata (ReferenceListRoute).
    private static void MapReferenceList(RouteGroupBuilder group, ReferenceListRoute route, string name, string label, string plural)
    {
        var list = group.MapGroup(route.Path).WithMetadata(route);
        list.MapGet("", GetReferenceCodes)
            .RequireAuthorization(p => p.RequireRole(Readers))
            .WithName($"Get{name}List")
            .WithSummary($"List {plural}")
            .WithDescription($"Every {label}, active or not.");

        list.MapGet("/{code}", GetReferenceCode)
            .RequireAuthorization(p => p.RequireRole(Readers))
            .WithName($"Get{name}")
            .WithSummary($"Read a {label}")
            .WithDescription($"One {label} by its code (any letter case); the Location of an added one.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        list.MapPost("", AddReferenceCode)
            .RequireAuthorization(p => p.RequireRole(Roles.QualityManager))
            .WithName($"Add{name}")
            .WithSummary($"Add a {label}")
            .WithDescription($"Adds a {label}. 409 code_exists when its code exists (in any letter case).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);

        list.MapDelete("/{code}", RemoveReferenceCode)
            .RequireAuthorization(p => p.RequireRole(Roles.QualityManager))
            .WithName($"Remove{name}")
            .WithSummary($"Remove a {label}")
            .WithDescription($"Removes a {label} no classification ever used; one in use is refused with 409 code_in_use: deactivate it.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        list.MapPost("/{code}/deactivate", DeactivateReferenceCode)
            .RequireAuthorization(p => p.RequireRole(Roles.QualityManager))
            .WithName($"Deactivate{name}")
            .WithSummary($"Deactivate a {label}")
            .WithDescription($"An inactive {label} cannot be chosen for new classifications; classifications that carry it keep it.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        list.MapPost("/{code}/activate", ActivateReferenceCode)
            .RequireAuthorization(p => p.RequireRole(Roles.QualityManager))
            .WithName($"Activate{name}")
            .WithSummary($"Activate a {label}")
            .WithDescription($"Makes a deactivated {label} available for new classifications again.")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<Ok<PagedList<QueuedComplaintDto>>> GetQueue(
        [TextForm(TextForm.WholeNumber), Description(PageRequest.PageText)] string? page,
        [TextForm(TextForm.WholeNumber), Description(PageRequest.PageSizeText)] string? pageSize,
        [Description("The handling officer: " + WorkLists.UserText)] string? assignedTo,
        [TextForm(TextForm.Boolean), Description("true: no officer yet; false: one is assigned.")] string? unassigned,
        [Description(WorkLists.ReferenceText)] string? reference,
        IRequestDispatcher dispatcher, CancellationToken ct) =>
        TypedResults.Ok(await dispatcher.Query(new GetClassificationQueueQuery(page, pageSize, assignedTo, unassigned, reference), ct));

    private static async Task<Ok<ClassificationDto>> Classify(
        Guid id, ClassifyRequest request, IRequestDispatcher dispatcher, CancellationToken ct) =>
        TypedResults.Ok(await dispatcher.Send(request.ToCommand(id), ct));

    private static async Task<Ok<ClassificationDto>> GetClassification(Guid id, IRequestDispatcher dispatcher, CancellationToken ct) =>
        TypedResults.Ok(await dispatcher.Query(new GetClassificationQuery(id), ct));

    private static async Task<Ok<IReadOnlyList<ReferenceCodeDto>>> GetReferenceCodes(
        ReferenceListRoute route, IRequestDispatcher dispatcher, CancellationToken ct) =>
        TypedResults.Ok(await dispatcher.Query(new GetReferenceCodesQuery(route.List), ct));

    private static async Task<Ok<ReferenceCodeDto>> GetReferenceCode(
        string code, ReferenceListRoute route, IRequestDispatcher dispatcher, CancellationToken ct) =>
        TypedResults.Ok(await dispatcher.Query(new GetReferenceCodeQuery(route.List, code), ct));

    private static async Task<Created<ReferenceCodeDto>> AddReferenceCode(
        AddReferenceCodeRequest request, ReferenceListRoute route, IRequestDispatcher dispatcher, CancellationToken ct)
    {
        var created = await dispatcher.Send((await dispatcher.Validated(request, ct)).ToCommand(route.List), ct);
        return TypedResults.Created($"/api/classification{route.Path}/{created.Code}", created);
    }

    private static async Task<NoContent> RemoveReferenceCode(
        string code, ReferenceListRoute route, IRequestDispatcher dispatcher, CancellationToken ct)
    {
        await dispatcher.Send(new RemoveReferenceCodeCommand(route.List, code), ct);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<ReferenceCodeDto>> DeactivateReferenceCode(
        string code, ReferenceListRoute route, IRequestDispatcher dispatcher, CancellationToken ct) =>
        TypedResults.Ok(await dispatcher.Send(new SetReferenceCodeActiveCommand(route.List, code, false), ct));

    private static async Task<Ok<ReferenceCodeDto>> ActivateReferenceCode(
        string code, ReferenceListRoute route, IRequestDispatcher dispatcher, CancellationToken ct) =>
        TypedResults.Ok(await dispatcher.Send(new SetReferenceCodeActiveCommand(route.List, code, true), ct));
}

internal sealed record ClassifyRequest(
    [property: Required] IReadOnlyList<string>? Categories, string? RootCause, string? RootCauseNote, string? Reason)
{
    // Checked by the command's validators; the free texts are kept in normal form C (CleanText).
    public ClassifyComplaintCommand ToCommand(Guid id) =>
        new(id, Categories, RootCause, CleanText.Normalize(RootCauseNote), CleanText.Normalize(Reason));
}

/// <summary>Which reference list an endpoint serves: endpoint metadata, bound into the endpoint methods.</summary>
internal sealed record ReferenceListRoute(ReferenceList List, string Path)
{
    public static ValueTask<ReferenceListRoute?> BindAsync(HttpContext context) =>
        ValueTask.FromResult(context.GetEndpoint()?.Metadata.GetMetadata<ReferenceListRoute>());
}

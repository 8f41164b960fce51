using System.ComponentModel.DataAnnotations;
using Klachten.BuildingBlocks.Application;
using Klachten.Modules.Classification.Application;
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

    public sealed record ClassifyRequest([property: Required] IReadOnlyList<string>? Categories, string? RootCause, string? RootCauseNote, string? Reason);

    public sealed record AddReferenceCodeRequest([property: Required] string? Code, [property: Required] string? Description);

    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/queue", async (string? page, string? pageSize, IRequestDispatcher dispatcher, CancellationToken ct) =>
                TypedResults.Ok(await dispatcher.Query(new GetClassificationQueueQuery(page, pageSize), ct)))
            .RequireAuthorization(p => p.RequireRole(Roles.QualityManager, Roles.Management))
            .WithName("GetClassificationQueue")
            .WithSummary("Complaints not yet classified, oldest first (reference and receipt only). page 1–1,000,000, pageSize 1–200 (20); "
                + "bad values are named together in one 400.")
            .ProducesValidationProblem();

        group.MapPut("/complaints/{id:guid}", async (Guid id, ClassifyRequest request, IRequestDispatcher dispatcher,
                    ICurrentUser user, CancellationToken ct) =>
                TypedResults.Ok(await dispatcher.Send(new ClassifyComplaintCommand(
                    id, request.Categories, request.RootCause, request.RootCauseNote, request.Reason, user.UserName), ct)))
            .RequireAuthorization(p => p.RequireRole(Roles.QualityManager))
            .WithName("ClassifyComplaint")
            .WithSummary("Sets the complete classification: categories and optionally the cause. A change after the first "
                + "classification needs a reason, except recording a cause where none was recorded yet.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/complaints/{id:guid}", async (Guid id, IRequestDispatcher dispatcher, CancellationToken ct) =>
                TypedResults.Ok(await dispatcher.Query(new GetClassificationQuery(id), ct)))
            .RequireAuthorization(p => p.RequireRole(Readers))
            .WithName("GetClassification")
            .WithSummary("The current classification and its complete history.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        MapReferenceList(group, "/categories", ReferenceList.Category, "Category");
        MapReferenceList(group, "/root-causes", ReferenceList.RootCause, "RootCause");
    }

    private static void MapReferenceList(RouteGroupBuilder group, string path, ReferenceList list, string name)
    {
        group.MapGet(path, async (IRequestDispatcher dispatcher, CancellationToken ct) =>
                TypedResults.Ok(await dispatcher.Query(new GetReferenceCodesQuery(list), ct)))
            .RequireAuthorization(p => p.RequireRole(Readers))
            .WithName($"Get{name}List");

        group.MapGet($"{path}/{{code}}", async (string code, IRequestDispatcher dispatcher, CancellationToken ct) =>
                TypedResults.Ok(await dispatcher.Query(new GetReferenceCodeQuery(list, code), ct)))
            .RequireAuthorization(p => p.RequireRole(Readers))
            .WithName($"Get{name}")
            .WithSummary("One entry by its code (any case); the Location of an added entry.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost(path, async Task<Created<ReferenceCodeDto>> (AddReferenceCodeRequest request, IRequestDispatcher dispatcher,
                    ICurrentUser user, CancellationToken ct) =>
                {
                    var created = await dispatcher.Send(new AddReferenceCodeCommand(list, request.Code, request.Description, user.UserName), ct);
                    return TypedResults.Created($"/api/classification{path}/{created.Code}", created);
                })
            .RequireAuthorization(p => p.RequireRole(Roles.QualityManager))
            .WithName($"Add{name}")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapDelete($"{path}/{{code}}", async (string code, IRequestDispatcher dispatcher, CancellationToken ct) =>
                {
                    await dispatcher.Send(new RemoveReferenceCodeCommand(list, code), ct);
                    return TypedResults.NoContent();
                })
            .RequireAuthorization(p => p.RequireRole(Roles.QualityManager))
            .WithName($"Remove{name}")
            .WithSummary("Removes an entry no classification ever used; one in use is refused with 409 code_in_use.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapPost($"{path}/{{code}}/deactivate", async (string code, IRequestDispatcher dispatcher, ICurrentUser user, CancellationToken ct) =>
                TypedResults.Ok(await dispatcher.Send(new SetReferenceCodeActiveCommand(list, code, false, user.UserName), ct)))
            .RequireAuthorization(p => p.RequireRole(Roles.QualityManager))
            .WithName($"Deactivate{name}")
            .WithSummary("An inactive entry cannot be chosen for new classifications; classifications that carry it keep it.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost($"{path}/{{code}}/activate", async (string code, IRequestDispatcher dispatcher, ICurrentUser user, CancellationToken ct) =>
                TypedResults.Ok(await dispatcher.Send(new SetReferenceCodeActiveCommand(list, code, true, user.UserName), ct)))
            .RequireAuthorization(p => p.RequireRole(Roles.QualityManager))
            .WithName($"Activate{name}")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}

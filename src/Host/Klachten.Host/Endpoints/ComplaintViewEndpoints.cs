using Klachten.BuildingBlocks.Application;
using Klachten.Host.ComplaintView;
using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Klachten.Host.Endpoints;

/// <summary>
/// One complaint across the modules (ADR 0017): composed in the host, the one place that knows every module, from the query
/// interfaces of their Contracts; no module reads another's schema.
/// </summary>
internal static class ComplaintViewEndpoints
{
    private static readonly string[] Readers = [Roles.Employee, Roles.ComplaintsOfficer, Roles.QualityManager, Roles.Management];

    private const string Description = "registration (the complainant as far as the caller may see them), classification, handling, "
        + "deadlines, every module's letters, a timeline of what happened, one lifecycle status (Registered, Acknowledged, Classified, "
        + "InHandling, Decided, Referred, Closed), the actions the caller may take now (allowedActions) and each part's ETag for "
        + "If-Match. Each part as its module's own read allows (a part not readable has mayRead false and no content); 403 when no "
        + "module lets the caller read the complaint (the quality manager, management, the handling officer, the registering "
        + "employee). Audited once.";

    public static IServiceCollection AddComplaintView(this IServiceCollection services) =>
        services.AddScoped<IRequestHandler<GetComplaintViewQuery, ComplaintViewDto>, GetComplaintViewQueryHandler>();

    public static IEndpointRouteBuilder MapComplaintViewEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/complaints").WithTags("Complaints").RequireAuthorization(p => p.RequireRole(Readers));
        group.MapGet("/{id:guid}", GetAsync).WithName("GetComplaintView").WithSummary("Read one complaint")
            .WithDescription("One complaint: " + Description)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/by-reference/{reference}", GetByReferenceAsync).WithName("GetComplaintViewByReference")
            .WithSummary("Find a complaint by reference")
            .WithDescription("The complaint with this reference (e.g. KL-2026-000001, any letter case; 404 when there is none): " + Description)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return endpoints;
    }

    private static async Task<Ok<ComplaintViewDto>> GetAsync(Guid id, IRequestDispatcher dispatcher, CancellationToken cancellationToken) =>
        TypedResults.Ok(await dispatcher.Query(new GetComplaintViewQuery(id), cancellationToken));

    private static async Task<Ok<ComplaintViewDto>> GetByReferenceAsync(
        string reference, IRequestDispatcher dispatcher, CancellationToken cancellationToken) =>
        TypedResults.Ok(await dispatcher.Query(new GetComplaintViewQuery(null, reference), cancellationToken));
}

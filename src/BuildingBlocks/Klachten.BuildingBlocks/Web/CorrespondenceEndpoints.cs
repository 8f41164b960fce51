using Klachten.BuildingBlocks.Application;
using Klachten.BuildingBlocks.Application.Correspondence;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Klachten.BuildingBlocks.Web;

/// <summary>
/// The letters of every module that could not be sent, for the quality manager and operations staff, and sending one again.
/// Each module answers for its own table (<see cref="IModuleCorrespondence"/>).
/// </summary>
public static class CorrespondenceEndpoints
{
    private static readonly string[] Overseers = [Roles.QualityManager, Roles.Operations];

    public static IEndpointRouteBuilder MapCorrespondenceEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/correspondence").WithTags("Correspondence").RequireAuthorization(p => p.RequireRole(Overseers));
        group.MapGet("", ListAsync)
            .WithName("ListFailedCorrespondence")
            .WithSummary("List failed e-mails")
            .WithDescription("E-mails of every module whose last attempt failed (status=Failed): recipient, attempts, last error, "
                + "next attempt. Audited.")
            .ProducesValidationProblem();
        group.MapPost("/{module}/{id:guid}/resend", ResendAsync)
            .WithName("ResendCorrespondence")
            .WithSummary("Resend a failed e-mail")
            .WithDescription("Sends a failed e-mail again now (it stays Pending with its error when it fails again); 404 when it "
                + "is not a failed e-mail.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return endpoints;
    }

    private static async Task<Ok<IReadOnlyList<FailedCorrespondenceDto>>> ListAsync(IRequestDispatcher dispatcher,
        [OneOf(typeof(CorrespondenceOverviewStatus))] string? status,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(await dispatcher.Query(new ListCorrespondenceQuery(status), cancellationToken));

    private static async Task<Ok<ResentCorrespondenceDto>> ResendAsync(IRequestDispatcher dispatcher,
        [OneOfRegistered(NameSets.LetterKind, ListsModules = true)] string module, Guid id,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(await dispatcher.Send(new ResendCorrespondenceCommand(module, id), cancellationToken));
}

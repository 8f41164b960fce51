using Microsoft.AspNetCore.Http;

namespace Klachten.BuildingBlocks.Web;

/// <summary>
/// Every problem answer has the same shape, whether the application wrote it or the framework did (a role policy's 403, an
/// unknown route's 404, a 405, a 415): the status's standard title, a detail that says what to do, and the trace id.
/// </summary>
internal static class ProblemDetailsDefaults
{
    public static void Complete(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        problem.Extensions["traceId"] = context.HttpContext.TraceIdentifier;
        if (problem is { Status: StatusCodes.Status403Forbidden, Detail: null }
            && AllowedRoles(context.HttpContext) is { Count: > 0 } roles)
        {
            // A role policy refused: say which roles would have been let in, so a screen can tell the user whom to ask.
            problem.Detail = $"Your role does not allow this. Allowed: {string.Join(", ", roles)}.";
            problem.Extensions["allowedRoles"] = roles;
        }

        problem.Detail ??= problem.Status switch
        {
            StatusCodes.Status401Unauthorized => "Log in first: send a valid bearer token.",
            StatusCodes.Status403Forbidden => "Your role does not allow this.",
            StatusCodes.Status404NotFound => "There is nothing at this address.",
            StatusCodes.Status405MethodNotAllowed => "This address does not take this method.",
            StatusCodes.Status413PayloadTooLarge => "The request body is larger than this service accepts.",
            StatusCodes.Status415UnsupportedMediaType => "Send the body as JSON with Content-Type: application/json.",
            StatusCodes.Status429TooManyRequests => "Too many requests; wait for the time in Retry-After.",
            StatusCodes.Status503ServiceUnavailable => "The service cannot answer at the moment; try again shortly.",
            _ => null,
        };
    }

    // The default policy provider answers synchronously; the lookup runs only on a refused request.
    private static IReadOnlyList<string>? AllowedRoles(HttpContext context) =>
        context.GetEndpoint() is { } endpoint
            ? EndpointRoles.RolesAsync(endpoint.Metadata, context.RequestServices).GetAwaiter().GetResult()
            : null;
}

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
}

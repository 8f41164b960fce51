using System.Text.Json;
using Klachten.BuildingBlocks.Application;
using Klachten.BuildingBlocks.Domain;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Klachten.BuildingBlocks.Web;

/// <summary>Turns every exception into RFC 9457 ProblemDetails. Never a stack trace; a 500 is logged as the bug it is.</summary>
internal sealed class ProblemDetailsExceptionHandler(IProblemDetailsService problemDetails, ILogger<ProblemDetailsExceptionHandler> logger)
    : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = exception switch
        {
            RequestValidationException validation => new ValidationProblemDetails(validation.Errors.ToDictionary(e => e.Key, e => e.Value))
            {
                Status = StatusCodes.Status400BadRequest,
                Title = "One or more fields are invalid.",
            },
            BadHttpRequestException badRequest => BadRequest(badRequest),
            NotFoundException => Problem(StatusCodes.Status404NotFound, "Not Found", exception.Message),
            ForbiddenException => Problem(StatusCodes.Status403Forbidden, "Forbidden", exception.Message),
            DomainRuleException rule => Problem(
                rule.Kind == RuleKind.Conflict ? StatusCodes.Status409Conflict : StatusCodes.Status422UnprocessableEntity,
                "The procedure does not allow this.", rule.Message, rule.Code),
            ConcurrencyConflictException => Problem(StatusCodes.Status409Conflict, "Changed by someone else.", exception.Message, "concurrency_conflict"),
            // Text from a query string or route that PostgreSQL cannot store (a NUL character); bodies are refused earlier, by field.
            PostgresException { SqlState: PostgresErrorCodes.CharacterNotInRepertoire } => Problem(StatusCodes.Status400BadRequest,
                "Bad Request", "A value contains a character that cannot be stored (NUL, \\u0000)."),
            _ when DatabaseUnavailable.Reason(exception) is { } reason => Unavailable(httpContext, reason),
            _ => null,
        };

        if (problem is null)
        {
            logger.LogError(exception, "Unhandled exception for {Method} {Path}", httpContext.Request.Method, httpContext.Request.Path);
            problem = Problem(StatusCodes.Status500InternalServerError, "An unexpected error occurred.",
                "The error has been logged. Quote the trace id when reporting it.");
        }

        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    // Malformed JSON or a value of the wrong JSON type: name the field (JSON path) the parser stopped at. The parser stops at
    // the first such value, so only that one is named. Its own message names the server's types; the client gets ours.
    private static ProblemDetails BadRequest(BadHttpRequestException exception)
    {
        if (exception.InnerException is JsonException { Path: { } path } json)
        {
            var field = path.TrimStart('$', '.');
            return new ValidationProblemDetails(new Dictionary<string, string[]>
            {
                [field.Length == 0 ? "body" : field] = [json switch
                {
                    RejectedTextException => json.Message,
                    _ when IsDuplicateProperty(json) => "The field appears more than once in this object; send it once.",
                    _ => "The value is not valid JSON of the expected type here (text, number, true/false, object or list).",
                }],
            })
            {
                Status = StatusCodes.Status400BadRequest,
                Title = "The request body is not valid JSON for this endpoint.",
            };
        }

        return exception.StatusCode switch
        {
            StatusCodes.Status415UnsupportedMediaType => Problem(exception.StatusCode, "Unsupported Media Type",
                "Send the body as JSON with Content-Type: application/json."),
            StatusCodes.Status413PayloadTooLarge => Problem(exception.StatusCode, "Content Too Large", exception.Message),
            // An empty or null body where one is required; the framework's own text speaks of "implicit body" and services.
            _ when exception.Message.Contains("body", StringComparison.OrdinalIgnoreCase) =>
                new ValidationProblemDetails(new Dictionary<string, string[]> { ["body"] = ["A JSON object is required as the request body."] })
                {
                    Status = StatusCodes.Status400BadRequest,
                    Title = "One or more fields are invalid.",
                },
            _ => Problem(exception.StatusCode, "Bad Request", exception.Message),
        };
    }

    // Not a bug of this request: the database is down or restarting. Logged without the stack trace an outage would repeat
    // on every request; the client is told when to try again.
    private ProblemDetails Unavailable(HttpContext httpContext, string reason)
    {
        logger.LogWarning("The database cannot be reached ({Reason}) for {Method} {Path}: 503", reason, httpContext.Request.Method, httpContext.Request.Path);
        httpContext.Response.Headers.RetryAfter = ((int)DatabaseUnavailable.RetryAfter.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Problem(StatusCodes.Status503ServiceUnavailable, "Service Unavailable",
            $"The database cannot be reached at the moment; try again in {(int)DatabaseUnavailable.RetryAfter.TotalSeconds} seconds.");
    }

    // System.Text.Json with AllowDuplicateProperties = false: {"name": "a", "name": "b"} is refused instead of "last one wins",
    // which let a body say two things and a checker and the application read different ones.
    private static bool IsDuplicateProperty(JsonException json) =>
        json.Message.Contains("Duplicate", StringComparison.OrdinalIgnoreCase)
        || json.InnerException?.Message.Contains("Duplicate", StringComparison.OrdinalIgnoreCase) == true;

    private static ProblemDetails Problem(int status, string title, string detail, string? code = null)
    {
        var problem = new ProblemDetails { Status = status, Title = title, Detail = detail };
        if (code is not null)
        {
            problem.Extensions["code"] = code;
        }

        return problem;
    }
}

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
                [field.Length == 0 ? "body" : field] = [json is RejectedTextException
                    ? json.Message
                    : "The value is not valid JSON of the expected type here (text, number, true/false, object or list)."],
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

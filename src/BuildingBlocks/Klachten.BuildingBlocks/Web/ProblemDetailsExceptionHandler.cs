using System.Reflection;
using System.Text.Json;
using Klachten.BuildingBlocks.Application;
using Klachten.BuildingBlocks.Domain;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
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
            RequestValidationException validation => ValidationProblems.Create(validation.Errors, validation.Codes),
            BadHttpRequestException badRequest => BadRequest(httpContext, badRequest),
            NotFoundException => Problem(StatusCodes.Status404NotFound, "Not Found", exception.Message),
            ForbiddenException => Problem(StatusCodes.Status403Forbidden, "Forbidden", exception.Message),
            DomainRuleException rule => Problem(
                rule.Kind == RuleKind.Conflict ? StatusCodes.Status409Conflict : StatusCodes.Status422UnprocessableEntity,
                "The procedure does not allow this.", rule.Message, rule.Code),
            StaleVersionException => Problem(StatusCodes.Status412PreconditionFailed, "Changed since you read it.", exception.Message,
                ResourceVersionRules.StaleVersion),
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

    // Malformed JSON: where it broke. A value of the wrong JSON type: the field (JSON path) the parser stopped at and the form
    // it takes. The parser stops at the first such value, so only that one is named (ADR 0012).
    private static ProblemDetails BadRequest(HttpContext httpContext, BadHttpRequestException exception)
    {
        // Not JSON at all (a trailing comma, a missing quote): no field is to blame; say where the parser gave up.
        if (exception.InnerException is JsonException { InnerException: { } reader } syntax
            && reader.GetType().Name == "JsonReaderException")
        {
            var line = (syntax.LineNumber ?? 0) + 1;
            var position = (syntax.BytePositionInLine ?? 0) + 1;
            var malformed = Problem(StatusCodes.Status400BadRequest, "The request body is not valid JSON.",
                $"The JSON is malformed at line {line}, position {position}: check for a trailing comma, a missing quote or bracket.",
                "malformed_json");
            malformed.Extensions["line"] = line;
            malformed.Extensions["position"] = position;
            return malformed;
        }

        if (exception.InnerException is JsonException { Path: { } path } json)
        {
            var field = path.TrimStart('$', '.');
            return new ValidationProblemDetails(new Dictionary<string, string[]>
            {
                [field.Length == 0 ? "body" : field] = [json switch
                {
                    RejectedTextException => json.Message,
                    _ when IsDuplicateProperty(json) => "The field appears more than once in this object; send it once.",
                    _ => ExpectedForm(httpContext, field),
                }],
            })
            {
                Status = StatusCodes.Status400BadRequest,
                Title = "The request body is not valid JSON for this endpoint.",
                Extensions =
                {
                    ["errorCodes"] = new Dictionary<string, string[]> { [field.Length == 0 ? "body" : field] = ["wrong_form"] },
                },
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

    // The parser's message names the server's types; the client gets the form the field takes, from the declared body type.
    private static string ExpectedForm(HttpContext context, string path) => FieldType(context, path) switch
    {
        var t when t == typeof(DateOnly) => "The value must be a date yyyy-MM-dd, e.g. 2027-01-15.",
        var t when t == typeof(DateTimeOffset) || t == typeof(DateTime) => $"The value must be a moment, {Instants.Expected}.",
        var t when t == typeof(Guid) => "The value must be an id (a UUID).",
        var t when t == typeof(bool) => "The value must be true or false.",
        var t when t == typeof(string) => "The value must be text (in quotes).",
        { IsPrimitive: true } or { IsEnum: true } => "The value must be a number.",
        _ => "The value is not valid JSON of the expected type here (text, number, true/false, object or list).",
    };

    private static Type? FieldType(HttpContext context, string path)
    {
        // The exception handler clears the request's endpoint before it runs; its feature keeps the one that failed.
        var endpoint = context.Features.Get<IExceptionHandlerFeature>()?.Endpoint ?? context.GetEndpoint();
        var type = endpoint?.Metadata.GetMetadata<IAcceptsMetadata>()?.RequestType;
        foreach (var part in path.Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            var name = part.Split('[')[0];
            type = type?.GetProperty(name, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase)?.PropertyType;
            if (type is not null && part.Contains('[', StringComparison.Ordinal))
            {
                type = type.IsArray ? type.GetElementType() : type.GetGenericArguments().FirstOrDefault();
            }
        }

        return type is null ? null : Nullable.GetUnderlyingType(type) ?? type;
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

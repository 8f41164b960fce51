using FluentValidation;
using Klachten.BuildingBlocks.Application;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace Klachten.BuildingBlocks.Web;

/// <summary>
/// Checks an endpoint's JSON body with its validators before the endpoint runs and answers a bad one with the 400 itself: the
/// same ValidationProblemDetails the exception handler writes for <see cref="RequestValidationException"/> (every field, its
/// messages and errorCodes), without throwing. A thrown validation failure unwound a dozen async frames and the exception
/// handler's middleware, about a tenth of the host's CPU for a refused POST (bench/intake/PROFILE.md). A body that passes is
/// remembered for the scope, so the endpoint's <c>dispatcher.Validated(body)</c> and the pipeline do not check it again.
/// Endpoints whose body type has no validator are left as they are (no filter in their pipeline).
/// </summary>
public static class RequestValidationFilter
{
    /// <summary>For the group holding the modules' endpoints: each endpoint gets the check when its body type has validators.</summary>
    public static TBuilder WithRequestBodyValidation<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilterFactory(Create);

    private static EndpointFilterDelegate Create(EndpointFilterFactoryContext context, EndpointFilterDelegate next)
    {
        // The body: the one parameter of a class type with validators that no other source claims (route, query, header,
        // services); the endpoints here take everything else as text or from services.
        var isService = context.ApplicationServices.GetService<IServiceProviderIsService>();
        var parameters = context.MethodInfo.GetParameters();
        var index = Array.FindIndex(parameters, p => p.ParameterType is { IsClass: true } type && type != typeof(string)
            && !p.GetCustomAttributes(inherit: true).Any(a => a is IFromRouteMetadata or IFromQueryMetadata or IFromHeaderMetadata
                or IFromServiceMetadata or IFromFormMetadata)
            && isService?.IsService(type) != true
            && isService?.IsService(typeof(IValidator<>).MakeGenericType(type)) == true);
        if (index < 0)
        {
            return next;
        }

        var bodyType = parameters[index].ParameterType;
        var check = (BodyCheck)Activator.CreateInstance(typeof(BodyCheck<>).MakeGenericType(bodyType))!;
        return async invocation =>
        {
            var body = invocation.Arguments[index];
            if (body is null)
            {
                return await next(invocation);
            }

            var http = invocation.HttpContext;
            if (await check.ValidateAsync(body, http.RequestServices, http.RequestAborted) is { } failures)
            {
                await ValidationProblems.WriteAsync(http, failures.Errors, failures.Codes);
                return Results.Empty;
            }

            http.RequestServices.GetRequiredService<ValidatedRequests>().Add(body);
            return await next(invocation);
        };
    }

    private abstract class BodyCheck
    {
        public abstract Task<ValidationFailures?> ValidateAsync(object body, IServiceProvider services, CancellationToken token);
    }

    private sealed class BodyCheck<T> : BodyCheck
    {
        public override Task<ValidationFailures?> ValidateAsync(object body, IServiceProvider services, CancellationToken token) =>
            RequestValidation.ValidateAsync(services.GetRequiredService<IEnumerable<IValidator<T>>>(), (T)body, token);
    }
}

/// <summary>The 400 for fields that fail their rules, the same whether a validation failure was thrown or returned.</summary>
internal static class ValidationProblems
{
    public const string Title = "One or more fields are invalid.";

    public static ValidationProblemDetails Create(
        IReadOnlyDictionary<string, string[]> errors, IReadOnlyDictionary<string, string[]> codes) =>
        new(errors.ToDictionary(e => e.Key, e => e.Value))
        {
            Status = StatusCodes.Status400BadRequest,
            Title = Title,
            Extensions = { ["errorCodes"] = codes },
        };

    public static async Task WriteAsync(HttpContext httpContext, IReadOnlyDictionary<string, string[]> errors,
        IReadOnlyDictionary<string, string[]> codes)
    {
        httpContext.Response.StatusCode = StatusCodes.Status400BadRequest;
        var problem = Create(errors, codes);
        var written = await httpContext.RequestServices.GetRequiredService<IProblemDetailsService>()
            .TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem });
        if (!written)
        {
            await httpContext.Response.WriteAsJsonAsync(problem);
        }
    }
}

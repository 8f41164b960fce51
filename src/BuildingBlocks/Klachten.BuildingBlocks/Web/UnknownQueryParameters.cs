using System.Reflection;
using Klachten.BuildingBlocks.Application;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;

namespace Klachten.BuildingBlocks.Web;

/// <summary>
/// A query parameter the endpoint does not take is a 400 naming it: silently ignored, <c>?reference=KL-2026-000001</c> would
/// answer with every complaint as if it had been found. The parameters an endpoint takes are its handler's, from the endpoint
/// metadata, so every module's endpoints are covered without declaring anything. A value that is not one line of visible text
/// (<see cref="CleanText"/>) is a 400 naming its parameter, in every module.
/// </summary>
public static class UnknownQueryParameters
{
    public static IApplicationBuilder UseUnknownQueryParameterCheck(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.Request.Query.Count > 0 && context.GetEndpoint() is RouteEndpoint endpoint
            && endpoint.Metadata.GetMetadata<MethodInfo>() is not null)
        {
            var routeValues = endpoint.RoutePattern.Parameters.Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
            var declared = endpoint.Metadata.OfType<IParameterBindingMetadata>()
                .Where(p => !routeValues.Contains(p.Name) && IsQueryValue(p.ParameterInfo.ParameterType))
                .Select(p => p.Name)
                .ToList();
            var unknown = context.Request.Query.Keys.Where(key => !declared.Contains(key, StringComparer.OrdinalIgnoreCase)).ToList();
            if (unknown.Count > 0)
            {
                var takes = declared.Count == 0 ? "it takes none" : "it takes: " + string.Join(", ", declared);
                throw new RequestValidationException(unknown.ToDictionary(key => key,
                    key => new[] { $"'{key}' is not a query parameter of this endpoint; {takes}." }),
                    unknown.ToDictionary(key => key, _ => new[] { "unknown_parameter" }));
            }

            // A query value is one line of visible text (CleanText) before any handler sees it. A NUL reaching PostgreSQL failed
            // the statement (22021) and, with auto-prepared statements, left the pooled connection out of step with the server,
            // so that the next request to take it was a 500 ("Received unexpected backend message DataRow").
            var unclean = context.Request.Query
                .Select(pair => (pair.Key, Problem: pair.Value.Select(CleanText.SingleLineProblem).FirstOrDefault(p => p is not null)))
                .Where(pair => pair.Problem is not null)
                .ToList();
            if (unclean.Count > 0)
            {
                throw new RequestValidationException(unclean.ToDictionary(p => p.Key, p => new[] { p.Problem! }),
                    unclean.ToDictionary(p => p.Key, _ => new[] { CleanTextRules.NotSingleLine }));
            }
        }

        await next(context);
    });

    private static bool IsQueryValue(Type type) =>
        (Nullable.GetUnderlyingType(type) ?? type) is var value && (value == typeof(string) || value.IsPrimitive || value.IsEnum
            || value == typeof(Guid) || value == typeof(DateOnly) || value == typeof(DateTimeOffset) || value == typeof(decimal));
}

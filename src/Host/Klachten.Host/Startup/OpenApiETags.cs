using Klachten.BuildingBlocks.Web;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Klachten.Host.Startup;

/// <summary>
/// For an endpoint with an ETag (<see cref="EntityTags.WithETag{TBuilder}"/>, ADR 0018): the ETag header of its success answers,
/// and for a change its optional If-Match header and its 412. Runs before <see cref="ErrorAnswersOperationTransformer"/>, which
/// gives the 412 its problem details.
/// </summary>
internal sealed class ETagOperationTransformer : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (!context.Description.ActionDescriptor.EndpointMetadata.OfType<VersionedResourceMetadata>().Any())
        {
            return Task.CompletedTask;
        }

        operation.Responses ??= [];
        foreach (var (key, response) in operation.Responses)
        {
            if (key.StartsWith('2') && response is OpenApiResponse success)
            {
                success.Headers ??= new Dictionary<string, IOpenApiHeader>();
                success.Headers["ETag"] = new OpenApiHeader
                {
                    Description = EntityTags.ETagDescription,
                    Schema = new OpenApiSchema { Type = JsonSchemaType.String },
                };
            }
        }

        if (!string.Equals(context.Description.HttpMethod, "GET", StringComparison.OrdinalIgnoreCase))
        {
            operation.Parameters ??= [];
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = "If-Match",
                In = ParameterLocation.Header,
                Required = false,
                Description = EntityTags.IfMatchDescription,
                Schema = new OpenApiSchema { Type = JsonSchemaType.String },
            });
            operation.Responses.TryAdd("412", new OpenApiResponse());
        }

        return Task.CompletedTask;
    }
}

/// <summary>
/// A route value that is a whole number (<see cref="WholeNumberRouteValue"/>) is an integer in the document, so that a client
/// passes a number, with its lower bound and the range in words; the validators keep their 400 for one out of range.
/// </summary>
internal sealed class WholeNumberRouteValueOperationTransformer : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        foreach (var value in context.Description.ActionDescriptor.EndpointMetadata.OfType<WholeNumberRouteValue>())
        {
            var parameter = operation.Parameters?.OfType<OpenApiParameter>()
                .FirstOrDefault(p => p.In == ParameterLocation.Path && string.Equals(p.Name, value.Name, StringComparison.Ordinal));
            if (parameter is not null)
            {
                parameter.Schema = new OpenApiSchema
                {
                    Type = JsonSchemaType.Integer,
                    Format = "int32",
                    Minimum = value.Minimum.ToString(System.Globalization.CultureInfo.InvariantCulture),
                };
                parameter.Description = value.Description;
            }
        }

        return Task.CompletedTask;
    }
}

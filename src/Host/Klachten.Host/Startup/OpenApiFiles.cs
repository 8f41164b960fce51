using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Klachten.Host.Startup;

/// <summary>
/// A file answer (PDF, XLSX, PNG, SVG, CSV) is its bytes. The generator documents no content at all for one declared with
/// <c>.Produces(200, contentType: ...)</c> and no type (a client is told the answer has no body), a byte[] as base64 text, and
/// a file offered beside JSON (the letter preview's PDF) with the JSON's schema. Every media type an endpoint declares for a
/// success is documented; those other than JSON as text (text/*, SVG) or binary.
/// </summary>
internal sealed class FileAnswersOperationTransformer : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var declared = context.Description.ActionDescriptor.EndpointMetadata.OfType<IProducesResponseTypeMetadata>().ToList();
        foreach (var (key, response) in operation.Responses ?? [])
        {
            if (!key.StartsWith('2') || response is not OpenApiResponse answer
                || !int.TryParse(key, System.Globalization.CultureInfo.InvariantCulture, out var status))
            {
                continue;
            }

            var mediaTypes = declared.Where(d => d.StatusCode == status).SelectMany(d => d.ContentTypes).Where(t => !IsJson(t)).ToList();
            if (mediaTypes.Count == 0 && answer.Content is null)
            {
                continue;
            }

            answer.Content ??= new Dictionary<string, OpenApiMediaType>();
            foreach (var mediaType in mediaTypes)
            {
                answer.Content.TryAdd(mediaType, new OpenApiMediaType());
            }

            foreach (var (mediaType, media) in answer.Content.Where(c => !IsJson(c.Key)))
            {
                media.Schema = mediaType.StartsWith("text/", StringComparison.OrdinalIgnoreCase)
                    || mediaType.EndsWith("+xml", StringComparison.OrdinalIgnoreCase)
                    ? new OpenApiSchema { Type = JsonSchemaType.String }
                    : new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" };
            }
        }

        return Task.CompletedTask;
    }

    private static bool IsJson(string mediaType) =>
        mediaType.StartsWith("application/json", StringComparison.OrdinalIgnoreCase)
        || mediaType.Contains("+json", StringComparison.OrdinalIgnoreCase);
}

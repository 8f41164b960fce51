using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Klachten.Host.Startup;

/// <summary>
/// How a front end gets a typed client: openapi-typescript from the npm registry, as tests/client/check.sh does. The API
/// reference shows these lines under Client Libraries instead of its button that generates an SDK in Scalar's cloud (which
/// an in-house tool does not use; the button appears only for a document without installation instructions).
/// </summary>
internal sealed class ClientInstallationDocumentTransformer : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info ??= new OpenApiInfo();
        document.Info.Extensions ??= new Dictionary<string, IOpenApiExtension>();
        document.Info.Extensions["x-scalar-sdk-installation"] = new JsonNodeExtension(new JsonArray(new JsonObject
        {
            ["lang"] = "Node",
            ["description"] = "TypeScript types generated from this document with openapi-typescript, used with openapi-fetch "
                + "(see tests/client/use.ts).",
            ["source"] = "npm install openapi-fetch && npx openapi-typescript http://localhost:5080/openapi/v1.json --output src/api.d.ts",
        }));
        return Task.CompletedTask;
    }
}

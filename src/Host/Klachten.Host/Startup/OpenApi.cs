using System.ComponentModel.DataAnnotations;
using Klachten.BuildingBlocks.Web;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Klachten.Host.Startup;

/// <summary>Tells API clients (and the API reference page) that every call needs a bearer token.</summary>
internal sealed class BearerSecurityDocumentTransformer : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info.Title = "Klachten.Modular API";
        // The modules that have endpoints, so the description never promises one that has none yet.
        var modules = (document.Paths ?? [])
            .SelectMany(path => path.Value.Operations ?? [])
            .SelectMany(operation => operation.Value.Tags ?? new HashSet<OpenApiTagReference>())
            .Select(tag => tag.Name)
            .Distinct()
            .Order(StringComparer.Ordinal);
        document.Info.Description =
            "The complaints procedure (klachtenregeling) of the office. Modules: " + string.Join(", ", modules) + ". "
            + "Every call needs a bearer token; each operation names the roles that may call it (x-roles). Errors are problem "
            + "details: a 400 names every bad field in errors, a broken rule (409, 422) carries a stable code.";
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes["Bearer"] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            BearerFormat = "JWT",
            Description = "In Development: dotnet user-jwts create --project src/Host/Klachten.Host --name <user> --role <Role>",
        };
        document.Security ??= [];
        document.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference("Bearer", document)] = [] });
        return Task.CompletedTask;
    }
}

/// <summary>
/// Request bodies take every field as nullable so that the validators can name all that is wrong in one 400; the generator
/// would list all of them as required. A request's required fields are the ones marked [Required], as the validators want them.
/// </summary>
internal sealed class RequestRequiredFieldsSchemaTransformer : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        var type = context.JsonTypeInfo.Type;
        // A module's request bodies: in its Endpoints (XRequest, or XBody where the route adds to it), or beside their use case
        // (XRequest.ToCommand).
        if ((type.Name.EndsWith("Request", StringComparison.Ordinal) || type.Name.EndsWith("Body", StringComparison.Ordinal))
            && type.Namespace?.StartsWith("Klachten.Modules.", StringComparison.Ordinal) == true)
        {
            schema.Required = context.JsonTypeInfo.Properties
                .Where(p => p.AttributeProvider?.IsDefined(typeof(RequiredAttribute), inherit: true) == true)
                .Select(p => p.Name)
                .ToHashSet();
        }

        return Task.CompletedTask;
    }
}

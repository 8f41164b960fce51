using System.Text.Json.Nodes;
using Klachten.BuildingBlocks.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Klachten.Host.Startup;

/// <summary>
/// What every operation answers besides its result, from its endpoint metadata, so that no module has to repeat it: the roles
/// that may call it (x-roles, and in the description), 401 without a login, 403 for another role, 400 where it takes a body or
/// query values (every bad one named), 404 where its path names something; every error answer as problem details.
/// </summary>
internal sealed class ErrorAnswersOperationTransformer : IOpenApiOperationTransformer
{
    private static readonly Dictionary<int, string> Meanings = new()
    {
        [400] = "Bad input: every bad field or query value (also one the operation does not take) is named in errors; malformed JSON "
            + "is code malformed_json with its line and position.",
        [401] = "Not logged in: send a valid bearer token.",
        [403] = "Your role (or, for one complaint, your part in it) does not allow this; a role refusal names the roles that may "
            + "(allowedRoles).",
        [404] = "Nothing with this id or code.",
        [409] = "The procedure does not allow this now; code says why.",
        [412] = "Changed by someone else since you read it (If-Match).",
        [422] = "The procedure never allows this for this input; code says why.",
    };

    public async Task TransformAsync(
        OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        var anonymous = metadata.OfType<IAllowAnonymous>().Any();
        var roles = anonymous ? null : await EndpointRoles.RolesAsync(metadata, context.ApplicationServices);

        operation.Extensions ??= new Dictionary<string, IOpenApiExtension>();
        operation.Extensions["x-roles"] =
            new JsonNodeExtension(new JsonArray([.. (roles ?? []).Select(JsonNode (r) => JsonValue.Create(r))]));
        var who = anonymous ? "Anyone, without a login."
            : roles is { Count: > 0 } ? $"Roles: {string.Join(", ", roles)}."
            : "Any logged-in user.";
        operation.Description = string.IsNullOrWhiteSpace(operation.Description) ? who : $"{operation.Description.TrimEnd()}\n\n{who}";

        operation.Responses ??= [];
        var parameters = context.Description.ParameterDescriptions;
        var statuses = new List<int>();
        if (parameters.Any(p => p.Source.Id is "Body" or "Query"))
        {
            statuses.Add(400);
        }

        if (!anonymous)
        {
            statuses.Add(401);
        }

        if (roles is { Count: > 0 })
        {
            statuses.Add(403);
        }

        if (parameters.Any(p => p.Source.Id == "Path"))
        {
            statuses.Add(404);
        }

        var problem = await ComponentAsync(context, typeof(ProblemDetails), cancellationToken);
        var validationProblem = await ComponentAsync(context, typeof(HttpValidationProblemDetails), cancellationToken);
        foreach (var status in statuses)
        {
            operation.Responses.TryAdd(status.ToString(System.Globalization.CultureInfo.InvariantCulture), new OpenApiResponse());
        }

        foreach (var (key, response) in operation.Responses)
        {
            if (!int.TryParse(key, out var status) || status < 400 || response is not OpenApiResponse answer)
            {
                continue;
            }

            answer.Description = Meanings.GetValueOrDefault(status, answer.Description ?? "An error, as problem details.");
            answer.Content = new Dictionary<string, OpenApiMediaType>
            {
                ["application/problem+json"] = new() { Schema = status == 400 ? validationProblem : problem },
            };
        }
    }

    // One schema in the components, referred to by every answer, whether or not an endpoint declared it itself.
    private static async Task<IOpenApiSchema> ComponentAsync(
        OpenApiOperationTransformerContext context, Type type, CancellationToken cancellationToken)
    {
        var schema = await context.GetOrCreateSchemaAsync(type, null, cancellationToken);
        if (context.Document is not { } document)
        {
            return schema;
        }

        if (document.Components?.Schemas?.ContainsKey(type.Name) != true)
        {
            document.AddComponent(type.Name, schema);
        }

        return new OpenApiSchemaReference(type.Name, document);
    }
}

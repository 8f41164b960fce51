using System.ComponentModel.DataAnnotations;
using System.Reflection;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using Klachten.BuildingBlocks.Web;
using Klachten.Host.Endpoints;
using Klachten.Modules.Classification.Contracts;
using Klachten.Modules.Handling.Contracts;
using Klachten.Modules.Intake.Contracts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Klachten.Host.Startup;

/// <summary>
/// Gives every text field and text parameter its type. Text is read through <see cref="RejectedTextConverter"/>, and the
/// generator describes a value with a custom converter as an empty schema ("anything"); it is still a string. A field marked
/// <see cref="TextFormAttribute"/> also gets its format and the expected form in words, so that a client knows what the
/// validators will accept.
/// </summary>
internal sealed class TextSchemaTransformer : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        var attributes = context.JsonPropertyInfo?.AttributeProvider ?? ParameterOf(context);
        var form = attributes?.GetCustomAttributes(typeof(TextFormAttribute), inherit: true).OfType<TextFormAttribute>().FirstOrDefault();
        if (context.JsonTypeInfo is { Kind: JsonTypeInfoKind.Enumerable or JsonTypeInfoKind.Dictionary } collection
            && collection.ElementType == typeof(string))
        {
            TypeTextElements(schema, collection.Kind, form);
            return Task.CompletedTask;
        }

        if (context.JsonTypeInfo.Type != typeof(string))
        {
            return Task.CompletedTask;
        }

        var nullable = context.JsonPropertyInfo is { IsGetNullable: true }
            && attributes?.IsDefined(typeof(RequiredAttribute), inherit: true) != true;
        var type = form?.Form switch
        {
            // A query value is text on the wire anyway: say what it stands for, so that a client passes a number or a boolean.
            TextForm.WholeNumber when context.ParameterDescription is not null => JsonSchemaType.Integer,
            TextForm.Boolean when context.ParameterDescription is not null => JsonSchemaType.Boolean,
            _ => JsonSchemaType.String,
        };
        schema.Type = nullable ? type | JsonSchemaType.Null : type;
        if (form is not null)
        {
            schema.Format = FormatOf(form) ?? schema.Format;
            schema.Description = string.IsNullOrEmpty(schema.Description) ? form.Expected : $"{schema.Description} {form.Expected}";
        }

        return Task.CompletedTask;
    }

    // The generator gives a list of text (or a map to text) no schema for its elements at all, not even an empty one that the
    // branch below would type, so a client would be told unknown[]. They are text, in the form the property asks of each.
    private static void TypeTextElements(OpenApiSchema schema, JsonTypeInfoKind kind, TextFormAttribute? form)
    {
        var text = new OpenApiSchema { Type = JsonSchemaType.String, Format = FormatOf(form) };
        if (kind == JsonTypeInfoKind.Enumerable && IsEmpty(schema.Items))
        {
            schema.Items = text;
        }
        else if (kind == JsonTypeInfoKind.Dictionary && IsEmpty(schema.AdditionalProperties))
        {
            schema.AdditionalProperties = text;
        }

        if (form is not null)
        {
            schema.Description = string.IsNullOrEmpty(schema.Description)
                ? $"Each: {form.Expected}"
                : $"{schema.Description} Each: {form.Expected}";
        }
    }

    private static bool IsEmpty(IOpenApiSchema? schema) =>
        schema is null or OpenApiSchema { Type: null, Enum: null or [], OneOf: null or [], AnyOf: null or [], AllOf: null or [] };

    private static string? FormatOf(TextFormAttribute? form) => form?.Form switch
    {
        TextForm.Date => "date",
        TextForm.Moment => "date-time",
        TextForm.Email => "email",
        _ => null,
    };

    internal static ParameterInfo? ParameterOf(OpenApiSchemaTransformerContext context) =>
        (context.ParameterDescription?.ParameterDescriptor as IParameterInfoParameterDescriptor)?.ParameterInfo;
}

/// <summary>
/// Lists the allowed values of request text fields and query values marked <see cref="OneOfAttribute"/> as the schema's enum,
/// with what each means where the enum says it.
/// </summary>
internal sealed class OneOfSchemaTransformer : IOpenApiSchemaTransformer
{
    // Contracts depend on nothing of ours, so their records cannot carry [OneOf]; the names their lists hold are defined beside
    // them, in the same Contracts, and the module registers those of its own enums (as for the shapes letters share).
    private static readonly Dictionary<(Type, string), Attribute> ContractNames = new()
    {
        [(typeof(ComplaintRegistrationView), nameof(ComplaintRegistrationView.AllowedActions))] = new OneOfAttribute(typeof(IntakeActions)),
        [(typeof(ComplaintClassificationView), nameof(ComplaintClassificationView.AllowedActions))] =
            new OneOfAttribute(typeof(ClassificationActions)),
        [(typeof(HandlingCaseView), nameof(HandlingCaseView.AllowedActions))] = new OneOfAttribute(typeof(HandlingActions)),
        [(typeof(IntakeLetter), nameof(IntakeLetter.Kind))] = Registered(NameSets.LetterKind, IntakeContracts.ModuleName),
        [(typeof(IntakeLetter), nameof(IntakeLetter.Channel))] = Registered(NameSets.LetterChannel, IntakeContracts.ModuleName),
        [(typeof(IntakeLetter), nameof(IntakeLetter.Status))] = Registered(NameSets.LetterStatus, IntakeContracts.ModuleName),
        [(typeof(HandlingLetter), nameof(HandlingLetter.Kind))] = Registered(NameSets.LetterKind, HandlingContracts.ModuleName),
        [(typeof(HandlingLetter), nameof(HandlingLetter.Channel))] = Registered(NameSets.LetterChannel, HandlingContracts.ModuleName),
        [(typeof(HandlingLetter), nameof(HandlingLetter.Status))] = Registered(NameSets.LetterStatus, HandlingContracts.ModuleName),
        [(typeof(HandlingCaseView), nameof(HandlingCaseView.Status))] = Registered(NameSets.Status, HandlingContracts.ModuleName),
        [(typeof(HandlingContact), nameof(HandlingContact.Channel))] = Registered(NameSets.ContactChannel, HandlingContracts.ModuleName),
    };

    private static OneOfRegisteredAttribute Registered(string set, string module) => new(set) { Module = module };

    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        var attributes = context.JsonPropertyInfo?.AttributeProvider ?? TextSchemaTransformer.ParameterOf(context);
        var contractNames = attributes is PropertyInfo { DeclaringType: { } declaring } property
            ? ContractNames.GetValueOrDefault((declaring, property.Name))
            : null;
        var marked = attributes?.GetCustomAttributes(inherit: true).OfType<Attribute>()
            .FirstOrDefault(a => a is OneOfAttribute or OneOfRegisteredAttribute) ?? contractNames;
        var allowed = marked switch
        {
            OneOfAttribute oneOf => oneOf.Allowed,
            OneOfRegisteredAttribute registered => registered.Allowed(context.ApplicationServices.GetServices<ModuleNames>()),
            _ => [],
        };
        if (allowed.Count > 0)
        {
            // On a list of names, each item is one of them.
            var target = schema.Type?.HasFlag(JsonSchemaType.Array) == true && schema.Items is OpenApiSchema items ? items : schema;
            target.Enum = [.. allowed.Select(a => (JsonNode)JsonValue.Create(a.Name))];
            EnumDescriptions.Describe(target, allowed);
        }
        else if ((Nullable.GetUnderlyingType(context.JsonTypeInfo.Type) ?? context.JsonTypeInfo.Type) is { IsEnum: true } enumType)
        {
            // Enums are written as their names (JsonStringEnumConverter); the generator lists them without saying they are text.
            if (schema.Type is null && schema.Enum is { Count: > 0 } values
                && values.All(v => v is null || v.GetValueKind() == System.Text.Json.JsonValueKind.String))
            {
                schema.Type = values.Any(v => v is null) ? JsonSchemaType.String | JsonSchemaType.Null : JsonSchemaType.String;
            }

            EnumDescriptions.Describe(schema, AllowedName.Of(enumType));
        }

        return Task.CompletedTask;
    }
}

/// <summary>
/// What /api/me's modules and operations can be: the modules and operation ids of the endpoints it lists them from, each
/// operation with its summary.
/// </summary>
internal sealed class OperationNamesSchemaTransformer : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.JsonPropertyInfo?.AttributeProvider is not PropertyInfo { DeclaringType: { } declaring } property
            || declaring != typeof(ModuleAllowanceDto))
        {
            return Task.CompletedTask;
        }

        var operations = ModuleOperation.All(context.ApplicationServices.GetRequiredService<EndpointDataSource>()).ToList();
        List<AllowedName> names = property.Name switch
        {
            nameof(ModuleAllowanceDto.Module) => [.. operations.Select(o => o.Module).Distinct().Order(StringComparer.Ordinal)
                .Select(m => new AllowedName(m, null))],
            nameof(ModuleAllowanceDto.Operations) => [.. operations.DistinctBy(o => o.Name).OrderBy(o => o.Name, StringComparer.Ordinal)
                .Select(o => new AllowedName(o.Name, o.Summary))],
            _ => [],
        };
        var target = schema.Type?.HasFlag(JsonSchemaType.Array) == true && schema.Items is OpenApiSchema items ? items : schema;
        if (names.Count > 0)
        {
            target.Enum = [.. names.Select(n => (JsonNode)JsonValue.Create(n.Name))];
            EnumDescriptions.Describe(target, names);
        }

        return Task.CompletedTask;
    }
}

/// <summary>
/// What an enum's values mean, where their definitions say it with <c>[Description]</c>: as x-enum-descriptions (in the enum's
/// order, as client generators and the API reference read it) and in the schema's description.
/// </summary>
internal static class EnumDescriptions
{
    public static void Describe(OpenApiSchema schema, IReadOnlyList<AllowedName> names)
    {
        if (names.All(n => n.Description is null))
        {
            return;
        }

        var labels = names.Select(n => n.Description ?? n.Name).ToArray();
        schema.Extensions ??= new Dictionary<string, IOpenApiExtension>();
        schema.Extensions["x-enum-descriptions"] = new JsonNodeExtension(new JsonArray([.. labels.Select(JsonNode (l) => JsonValue.Create(l))]));
        if (string.IsNullOrEmpty(schema.Description))
        {
            schema.Description = string.Join("; ", names.Zip(labels, (n, l) => $"{n.Name}: {l}")) + ".";
        }
    }
}

/// <summary>
/// The problem answers carry more than RFC 9457's members: a stable snake_case <c>code</c> on a broken rule (409/422), the
/// <c>traceId</c> on every answer, and on a 400 the messages per field (<c>errors</c>).
/// </summary>
internal sealed class ProblemDetailsSchemaTransformer : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        var type = context.JsonTypeInfo.Type;
        if (!typeof(ProblemDetails).IsAssignableFrom(type))
        {
            return Task.CompletedTask;
        }

        schema.Properties ??= new Dictionary<string, IOpenApiSchema>();
        schema.Properties["code"] = new OpenApiSchema
        {
            Type = JsonSchemaType.String | JsonSchemaType.Null,
            Description = "A stable snake_case code of the broken rule (409, 422; malformed_json on a 400), e.g. already_acknowledged.",
        };
        schema.Properties["traceId"] = new OpenApiSchema
        {
            Type = JsonSchemaType.String,
            Description = "Quote it when reporting a problem.",
        };
        schema.Properties["allowedRoles"] = new OpenApiSchema
        {
            Type = JsonSchemaType.Array,
            Items = new OpenApiSchema { Type = JsonSchemaType.String },
            Description = "On a 403 of a role policy: the roles that would have been allowed.",
        };
        schema.Properties["line"] = new OpenApiSchema { Type = JsonSchemaType.Integer, Description = "Malformed JSON: the line (from 1)." };
        schema.Properties["position"] = new OpenApiSchema
        {
            Type = JsonSchemaType.Integer,
            Description = "Malformed JSON: the byte position in the line (from 1).",
        };
        if (type != typeof(ProblemDetails))
        {
            var textList = new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchema { Type = JsonSchemaType.String } };
            schema.Properties["errors"] = new OpenApiSchema
            {
                Type = JsonSchemaType.Object,
                AdditionalProperties = textList,
                Description = "Per bad field (its JSON path, e.g. complainant.email, or a query parameter's name), what is wrong with it.",
            };
            schema.Properties["errorCodes"] = new OpenApiSchema
            {
                Type = JsonSchemaType.Object,
                AdditionalProperties = textList,
                Description = "Per bad field, a stable code for each message in errors, in the same order: required, too_long, too_short, "
                    + "wrong_length, out_of_range, not_one_of, wrong_form, unknown_parameter, invalid.",
            };
        }

        return Task.CompletedTask;
    }
}

/// <summary>
/// A free-form JSON value (a history step's details) is an object whose keys depend on the step; the generator leaves it empty.
/// </summary>
internal sealed class JsonElementSchemaTransformer : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        // The generator hands the values' schema set below to the transformers again, as a JsonElement: it is done.
        if ((Nullable.GetUnderlyingType(context.JsonTypeInfo.Type) ?? context.JsonTypeInfo.Type) == typeof(System.Text.Json.JsonElement)
            && schema.AnyOf is null or [])
        {
            schema.Type = JsonSchemaType.Object | JsonSchemaType.Null;
            // The steps write text (names, codes, dates, ids), numbers and lists of codes (true/false allowed for a later step);
            // saying so types the values, where an object without additionalProperties has no keys at all to a client.
            schema.AdditionalProperties = new OpenApiSchema
            {
                AnyOf =
                [
                    new OpenApiSchema { Type = JsonSchemaType.String },
                    new OpenApiSchema { Type = JsonSchemaType.Number },
                    new OpenApiSchema { Type = JsonSchemaType.Boolean },
                    new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchema { Type = JsonSchemaType.String } },
                    new OpenApiSchema { Type = JsonSchemaType.Null },
                ],
            };
            schema.Description ??=
                "Details of this step; the keys depend on the step, each value is text, a number, true/false, a list of codes or null.";
        }

        return Task.CompletedTask;
    }
}

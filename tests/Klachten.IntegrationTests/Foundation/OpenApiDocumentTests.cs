using System.Text.Json.Nodes;
using Klachten.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Klachten.IntegrationTests.Foundation;

/// <summary>
/// The document a front end is built from, walked whole: it covers every module's endpoints, so a new module's operation
/// without a summary, roles or documented errors, or a field without a type, fails here.
/// </summary>
public sealed class OpenApiDocumentTests(ApiFixture fixture) : ApiTest(fixture)
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch"];

    private async Task<JsonObject> DocumentAsync()
    {
        using var client = CreateAnonymousClient();
        var text = await client.GetStringAsync("/openapi/v1.json");
        WriteForTheClientCheck(text);
        return JsonNode.Parse(text)!.AsObject();
    }

    // tests/client/check.sh generates a TypeScript client from this file (TestResults/ is ignored by git).
    private static void WriteForTheClientCheck(string text)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Klachten.Modular.sln")))
        {
            directory = directory.Parent;
        }

        if (directory is not null)
        {
            var target = Path.Combine(directory.FullName, "TestResults", "openapi");
            Directory.CreateDirectory(target);
            File.WriteAllText(Path.Combine(target, "v1.json"), text);
        }
    }

    /// <summary>
    /// The document names a schema by the type's short name, so two modules' types of one name (PreventiveAction's and
    /// Handling's DecisionRequest did) become one schema, and a client is handed the other module's fields without a word.
    /// </summary>
    [Fact]
    public void No_two_types_of_the_endpoints_bodies_and_answers_share_a_schema_name()
    {
        var endpoints = Services.GetRequiredService<EndpointDataSource>().Endpoints;
        var types = new HashSet<Type>();
        void Add(Type? type)
        {
            if (type is null || type.Namespace?.StartsWith("Klachten", StringComparison.Ordinal) != true && !type.IsGenericType)
            {
                return;
            }

            if (type.IsGenericType)
            {
                foreach (var argument in type.GetGenericArguments())
                {
                    Add(argument);
                }
            }

            if (type.Namespace?.StartsWith("Klachten", StringComparison.Ordinal) == true && !type.IsGenericType && types.Add(type))
            {
                foreach (var property in type.GetProperties())
                {
                    Add(property.PropertyType);
                }
            }
        }

        foreach (var endpoint in endpoints)
        {
            Add(endpoint.Metadata.GetMetadata<IAcceptsMetadata>()?.RequestType);
            foreach (var produced in endpoint.Metadata.OfType<IProducesResponseTypeMetadata>())
            {
                Add(produced.Type);
            }
        }

        var shared = types.GroupBy(t => t.Name).Where(g => g.Count() > 1)
            .Select(g => $"{g.Key}: {string.Join(", ", g.Select(t => t.FullName))}").ToList();
        Assert.True(types.Count > 20, $"only {types.Count} types found");
        Assert.True(shared.Count == 0, string.Join("\n", shared));
    }

    private static IEnumerable<(string Where, JsonObject Operation)> Operations(JsonObject document) =>
        from path in document["paths"]!.AsObject()
        from method in path.Value!.AsObject()
        where Methods.Contains(method.Key)
        select ($"{method.Key.ToUpperInvariant()} {path.Key}", method.Value!.AsObject());

    // Every place a schema sits: components, properties, items, map values, oneOf/anyOf/allOf members, parameters, bodies, answers.
    private static IEnumerable<(string Where, JsonObject Schema)> Schemas(JsonNode? node, string where)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj)
                {
                    var at = $"{where}/{key}";
                    if (key is "schema" or "items" or "additionalProperties" && value is JsonObject schema)
                    {
                        yield return (at, schema);
                    }
                    else if (key is "properties" or "schemas" && value is JsonObject named)
                    {
                        foreach (var (name, child) in named)
                        {
                            if (child is JsonObject childSchema)
                            {
                                yield return ($"{at}/{name}", childSchema);
                            }
                        }
                    }
                    else if (key is "oneOf" or "anyOf" or "allOf" && value is JsonArray members)
                    {
                        for (var i = 0; i < members.Count; i++)
                        {
                            if (members[i] is JsonObject member)
                            {
                                yield return ($"{at}/{i}", member);
                            }
                        }
                    }

                    foreach (var found in Schemas(value, at))
                    {
                        yield return found;
                    }
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    foreach (var found in Schemas(array[i], $"{where}/{i}"))
                    {
                        yield return found;
                    }
                }

                break;
        }
    }

    private static readonly string[] SchemaKinds = ["type", "$ref", "oneOf", "anyOf", "allOf", "enum", "const"];

    private static bool IsOfType(JsonObject schema, string type) => schema["type"] switch
    {
        JsonArray types => types.Any(t => t?.GetValue<string>() == type),
        JsonValue single => single.GetValue<string>() == type,
        _ => false,
    };

    /// <summary>
    /// What a client generator cannot type, at any depth: a schema with no type (openapi-typescript makes it unknown), an array
    /// without the type of its items (unknown[]), an object with neither properties nor additionalProperties
    /// (Record&lt;string, never&gt;), and a number that is also text.
    /// </summary>
    private static (int Checked, List<string> Faults) UntypedSchemas(JsonObject document)
    {
        var schemas = Schemas(document, "").ToList();
        var faults = new List<string>();
        foreach (var (where, schema) in schemas)
        {
            if (!SchemaKinds.Any(schema.ContainsKey))
            {
                faults.Add($"{where}: no type");
            }

            if (IsOfType(schema, "array") && !(schema["items"] is JsonObject items && SchemaKinds.Any(items.ContainsKey)))
            {
                faults.Add($"{where}: an array without the type of its items");
            }

            if (IsOfType(schema, "object") && schema["properties"] is not JsonObject { Count: > 0 }
                && !schema.ContainsKey("additionalProperties"))
            {
                faults.Add($"{where}: an object with neither properties nor additionalProperties");
            }

            if (IsOfType(schema, "string") && (IsOfType(schema, "integer") || IsOfType(schema, "number")))
            {
                faults.Add($"{where}: a number typed as number-or-text");
            }
        }

        return (schemas.Count, faults);
    }

    [Fact]
    public async Task No_schema_in_the_document_is_untyped_at_any_depth_and_no_number_is_also_text()
    {
        var document = await DocumentAsync();

        var (checkedCount, faults) = UntypedSchemas(document);

        Assert.True(checkedCount > 100, $"only {checkedCount} schemas found: is the walk right?");
        Assert.True(faults.Count == 0, "Schemas a client cannot type:\n" + string.Join("\n", faults));
    }

    /// <summary>The rule itself fails on what it must: proved against a sample document that breaks it in every way.</summary>
    [Fact]
    public void The_walk_fails_on_an_empty_schema_at_any_depth_an_array_without_items_an_empty_object_and_number_or_text()
    {
        var sample = JsonNode.Parse("""
            {"paths": {"/things": {"get": {
              "parameters": [{"name": "q", "in": "query", "schema": {}}],
              "responses": {"200": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}}}}}},
             "components": {"schemas": {
              "Thing": {"type": "object", "properties": {
                "good": {"type": ["null", "array"], "items": {"type": "string", "format": "date"}},
                "goodMap": {"type": "object", "additionalProperties": {"type": "array", "items": {"$ref": "#/components/schemas/Thing"}}},
                "noItems": {"type": ["null", "array"]},
                "emptyItems": {"type": "array", "items": {}},
                "emptyMember": {"anyOf": [{"type": "null"}, {}]},
                "emptyValue": {"type": "object", "additionalProperties": {}},
                "inline": {"type": "object", "properties": {
                  "deep": {"type": "array", "items": {"type": "object", "properties": {"x": {}}}}}},
                "nothing": {"type": ["null", "object"]},
                "count": {"type": ["integer", "string"]}}}}}}
            """)!.AsObject();

        var (_, faults) = UntypedSchemas(sample);

        const string thing = "/components/schemas/Thing/properties";
        string[] expected =
        [
            "/paths//things/get/parameters/0/schema: no type",
            $"{thing}/noItems: an array without the type of its items",
            $"{thing}/emptyItems: an array without the type of its items",
            $"{thing}/emptyItems/items: no type",
            $"{thing}/emptyMember/anyOf/1: no type",
            $"{thing}/emptyValue/additionalProperties: no type",
            $"{thing}/inline/properties/deep/items/properties/x: no type",
            $"{thing}/nothing: an object with neither properties nor additionalProperties",
            $"{thing}/count: a number typed as number-or-text",
        ];
        Assert.Equal(expected.Order(StringComparer.Ordinal), faults.Order(StringComparer.Ordinal));
    }

    // Names of values that, in this API, are always one of a closed set (a status, a kind, a channel, a role, an outcome, the
    // actions a user may take, the operations /api/me lists): typed as plain text, a client cannot know what to send or expect.
    private static readonly string[] ClosedSetNames =
        ["status", "kind", "channel", "role", "roles", "outcome", "suggestedKind", "type", "scope", "allowedActions", "operations"];

    private static readonly string[] AnswerListsOfNames = ["allowedActions", "roles", "operations"];

    // In answers too, a status, a kind, a channel or a module is one of a closed set, wherever it is (issue 16).
    private static readonly string[] AnswerClosedSetNames = ["status", "kind", "channel", "module"];

    // Answer values by those names that are deliberately not an enum, each with its reason.
    private static readonly Dictionary<string, string> OpenAnswerValues = new(StringComparer.Ordinal);

    private static bool IsPlainText(JsonObject? schema) =>
        schema is not null && IsOfType(schema, "string") && !schema.ContainsKey("enum") && !schema.ContainsKey("format");

    /// <summary>
    /// A value with a closed set of names documented as plain text, where a client sends it (a query or path value, a field of a
    /// request body at any depth) or reads a list of names (allowedActions, roles, operations anywhere); and any text whose
    /// description lists its values ("One of") without an enum.
    /// </summary>
    private static List<string> UntypedClosedSets(JsonObject document, IReadOnlyDictionary<string, string>? openAnswerValues = null)
    {
        openAnswerValues ??= OpenAnswerValues;
        var faults = new List<string>();
        var components = document["components"]?["schemas"] as JsonObject ?? [];
        var requestSchemas = new HashSet<string>(StringComparer.Ordinal);
        void Reach(JsonNode? node)
        {
            foreach (var reference in Schemas(node, "").Select(s => s.Schema["$ref"]?.GetValue<string>()).OfType<string>().ToList())
            {
                var name = reference[(reference.LastIndexOf('/') + 1)..];
                if (requestSchemas.Add(name))
                {
                    Reach(components[name]);
                }
            }
        }

        foreach (var (where, operation) in Operations(document))
        {
            Reach(operation["requestBody"]);
            foreach (var parameter in operation["parameters"]?.AsArray().OfType<JsonObject>() ?? [])
            {
                var name = parameter["name"]!.GetValue<string>();
                if (parameter["in"]!.GetValue<string>() is "query" or "path" && ClosedSetNames.Contains(name)
                    && IsPlainText(parameter["schema"] as JsonObject))
                {
                    faults.Add($"{where} {name}: a closed set of names as plain text");
                }
            }
        }

        foreach (var (where, schema) in Schemas(document, ""))
        {
            var name = where[(where.LastIndexOf('/') + 1)..];
            var inRequest = requestSchemas.Any(r => where.StartsWith($"/components/schemas/{r}/", StringComparison.Ordinal));
            var values = IsOfType(schema, "array") ? schema["items"] as JsonObject : schema;
            if (where.Contains("/properties/", StringComparison.Ordinal) && IsPlainText(values)
                && ((inRequest && ClosedSetNames.Contains(name)) || AnswerListsOfNames.Contains(name)
                    || (AnswerClosedSetNames.Contains(name) && !openAnswerValues.ContainsKey(where))))
            {
                faults.Add($"{where}: a closed set of names as plain text");
            }

            var description = schema["description"]?.GetValue<string>() ?? "";
            if (IsPlainText(values) && description.Contains("One of", StringComparison.OrdinalIgnoreCase))
            {
                faults.Add($"{where}: its description lists the values, its schema has no enum");
            }
        }

        return faults;
    }

    [Fact]
    public async Task Every_value_a_client_sends_or_reads_from_a_closed_set_and_every_list_of_names_is_an_enum()
    {
        var document = await DocumentAsync();

        var faults = UntypedClosedSets(document);

        Assert.True(faults.Count == 0, "Closed sets of names typed as plain text:\n" + string.Join("\n", faults));
    }

    /// <summary>The rule itself fails on what it must: proved against a sample document that breaks it in every way.</summary>
    [Fact]
    public void The_closed_set_walk_fails_on_plain_text_parameters_request_fields_answer_names_lists_of_names_and_described_values()
    {
        var sample = JsonNode.Parse("""
            {"paths": {"/things": {"get": {
              "parameters": [{"name": "status", "in": "query", "schema": {"type": "string"}},
                             {"name": "role", "in": "query", "schema": {"type": "string", "enum": ["A"]}},
                             {"name": "reference", "in": "query", "schema": {"type": "string"}}],
              "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/ThingRequest"}}}},
              "responses": {"200": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}}}}}},
             "components": {"schemas": {
              "ThingRequest": {"type": "object", "properties": {
                "channel": {"type": ["null", "string"]},
                "outcome": {"type": "string", "enum": ["Upheld"]},
                "part": {"$ref": "#/components/schemas/PartRequest"}}},
              "PartRequest": {"type": "object", "properties": {"kind": {"type": "string"}}},
              "Thing": {"type": "object", "properties": {
                "status": {"type": "string"},
                "allowedActions": {"type": "array", "items": {"type": "string"}},
                "roles": {"type": "array", "items": {"type": "string", "enum": ["Employee"]}},
                "colour": {"type": "string", "description": "One of: red, green."},
                "kind": {"type": "string"},
                "letters": {"type": "array", "items": {"$ref": "#/components/schemas/Letter"}}}},
              "Letter": {"type": "object", "properties": {
                "module": {"type": "string"},
                "channel": {"type": "string", "enum": ["Email"]}}}}}}
            """)!.AsObject();
        var open = new Dictionary<string, string> { ["/components/schemas/Thing/properties/kind"] = "free text in this sample" };

        var faults = UntypedClosedSets(sample, open);

        string[] expected =
        [
            "GET /things status: a closed set of names as plain text",
            "/components/schemas/ThingRequest/properties/channel: a closed set of names as plain text",
            "/components/schemas/PartRequest/properties/kind: a closed set of names as plain text",
            "/components/schemas/Thing/properties/allowedActions: a closed set of names as plain text",
            "/components/schemas/Thing/properties/colour: its description lists the values, its schema has no enum",
            "/components/schemas/Thing/properties/status: a closed set of names as plain text",
            "/components/schemas/Letter/properties/module: a closed set of names as plain text",
        ];
        Assert.Equal(expected.Order(StringComparer.Ordinal), faults.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Every_operation_has_a_short_summary_a_description_its_roles_and_its_error_answers_as_problem_details()
    {
        var document = await DocumentAsync();

        var operations = Operations(document).ToList();
        var faults = new List<string>();
        foreach (var (where, operation) in operations)
        {
            var summary = operation["summary"]?.GetValue<string>();
            if (string.IsNullOrWhiteSpace(summary) || summary.Length > 40 || summary.EndsWith('.'))
            {
                faults.Add($"{where}: the summary '{summary}' is not a short label (1-40 characters, no full stop)");
            }

            if (string.IsNullOrWhiteSpace(operation["description"]?.GetValue<string>()))
            {
                faults.Add($"{where}: no description");
            }

            if (operation["x-roles"] is not JsonArray)
            {
                faults.Add($"{where}: no x-roles");
            }

            var responses = operation["responses"]?.AsObject() ?? [];
            if (!responses.ContainsKey("401"))
            {
                faults.Add($"{where}: 401 not documented");
            }

            if (operation["x-roles"] is JsonArray { Count: > 0 } && !responses.ContainsKey("403"))
            {
                faults.Add($"{where}: limited to roles, but 403 not documented");
            }

            var takesQuery = operation["parameters"]?.AsArray().Any(p => p!["in"]!.GetValue<string>() == "query") == true;
            if ((operation.ContainsKey("requestBody") || takesQuery) && !responses.ContainsKey("400"))
            {
                faults.Add($"{where}: takes input, but 400 not documented");
            }

            // A success without documented content is typed "no body" by a client (content?: never), a file included.
            foreach (var (status, answer) in responses.Where(r => r.Key.StartsWith('2') && r.Key != "204"))
            {
                if (answer?["content"] is not JsonObject { Count: > 0 })
                {
                    faults.Add($"{where}: {status} documents no content");
                }
            }

            foreach (var (status, answer) in responses.Where(r => r.Key.StartsWith('4')))
            {
                if (answer?["content"]?["application/problem+json"]?["schema"] is null)
                {
                    faults.Add($"{where}: {status} is not documented as problem details");
                }
            }
        }

        Assert.True(operations.Count >= 30, $"only {operations.Count} operations found");
        Assert.True(faults.Count == 0, string.Join("\n", faults));
    }

    [Theory]
    [InlineData("POST /api/intake/complaints", "Employee,ComplaintsOfficer,QualityManager")]
    [InlineData("PUT /api/classification/complaints/{id}", "QualityManager")]
    [InlineData("GET /api/classification/queue", "QualityManager,Management")]
    [InlineData("POST /api/handling/cases/{complaintId}/decision", "ComplaintsOfficer,QualityManager")]
    public async Task The_roles_of_an_operation_come_from_its_authorization(string operationName, string roles)
    {
        var document = await DocumentAsync();

        var operation = Operations(document).Single(o => o.Where == operationName).Operation;

        Assert.Equal(roles.Split(','), operation["x-roles"]!.AsArray().Select(r => r!.GetValue<string>()));
        var description = operation["description"]!.GetValue<string>();
        Assert.Contains(roles.Replace(",", ", ", StringComparison.Ordinal), description, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("RegisterComplaintRequest", "receivedAt", "date-time")]
    [InlineData("ComplainantRequest", "email", "email")]
    [InlineData("ContactRequest", "contactedAt", "date-time")]
    [InlineData("ExtensionRequest", "newDueOn", "date")]
    public async Task Text_fields_that_must_take_a_form_are_strings_with_that_format(string schemaName, string field, string format)
    {
        var document = await DocumentAsync();

        var property = document["components"]!["schemas"]![schemaName]!["properties"]![field]!;

        Assert.Contains("string", property["type"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(format, property["format"]?.GetValue<string>());
    }

    [Fact]
    public async Task Query_values_have_their_types_formats_and_allowed_values()
    {
        var document = await DocumentAsync();

        var list = Operations(document).Single(o => o.Where == "GET /api/intake/complaints").Operation;
        JsonNode Parameter(string name) => list["parameters"]!.AsArray().Single(p => p!["name"]!.GetValue<string>() == name)!["schema"]!;

        Assert.Equal("date", Parameter("receivedFrom")["format"]?.GetValue<string>());
        Assert.Contains("integer", Parameter("page")["type"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains("Registered", Parameter("status")["enum"]!.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_list_says_what_its_items_are()
    {
        var document = await DocumentAsync();

        var untyped = Schemas(document["components"], "components").Concat(Schemas(document["paths"], "paths"))
            .Where(s => s.Schema["type"]?.ToJsonString().Contains("array", StringComparison.Ordinal) == true && s.Schema["items"] is null)
            .Select(s => s.Where).ToList();

        Assert.True(untyped.Count == 0, $"Lists without an item type: {string.Join(", ", untyped)}");
        var caseRow = document["components"]!["schemas"]!["CaseSummaryDto"]!["properties"]!["allowedActions"]!;
        Assert.Equal("string", caseRow["items"]!["type"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("CaseStatus", "Closed", "Afgesloten")]
    [InlineData("DecisionRequest", "outcome", "Gedeeltelijk gegrond")]
    [InlineData("DashboardScope", "Own", "Eigen werk: wat de werklijsten van de gebruiker tonen")]
    public async Task Enum_values_carry_what_they_mean(string schemaName, string value, string label)
    {
        var document = await DocumentAsync();

        var schema = document["components"]!["schemas"]![schemaName]!;
        var values = (schema["enum"] ?? schema["properties"]![value]!["enum"])!;
        var descriptions = (schema["x-enum-descriptions"] ?? schema["properties"]![value]!["x-enum-descriptions"])!;

        Assert.Contains(label, descriptions.AsArray().Select(d => d!.GetValue<string>()));
        Assert.Equal(values.AsArray().Count, descriptions.AsArray().Count);
    }

    [Fact]
    public async Task Lists_of_names_hold_the_names_the_code_defines_each_with_what_it_means()
    {
        var document = await DocumentAsync();

        var schemas = document["components"]!["schemas"]!;
        string[] Items(string schema, string property) =>
            [.. schemas[schema]!["properties"]![property]!["items"]!["enum"]!.AsArray().Select(v => v!.GetValue<string>())];
        var caseSteps = typeof(Klachten.Modules.Handling.Application.Abstractions.CaseStep)
            .GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
            .Select(f => ((Klachten.Modules.Handling.Application.Abstractions.CaseStep)f.GetValue(null)!).Name);
        var operations = Services.GetRequiredService<EndpointDataSource>().Endpoints
            .Select(e => e.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName).OfType<string>();

        Assert.Equal(caseSteps.Order(StringComparer.Ordinal), Items("CaseDetailsDto", "allowedActions").Order(StringComparer.Ordinal));
        Assert.Equal(Items("CaseDetailsDto", "allowedActions"), Items("CaseSummaryDto", "allowedActions"));
        Assert.Equal(Klachten.BuildingBlocks.Application.Roles.All, Items("StaffMember", "roles"));
        Assert.Equal(Klachten.BuildingBlocks.Application.Roles.All, Items("MeDto", "roles"));
        Assert.Subset(operations.ToHashSet(), Items("ModuleAllowanceDto", "operations").ToHashSet());
        Assert.Contains("DecideComplaint", Items("ModuleAllowanceDto", "operations"));
        var labels = schemas["CaseDetailsDto"]!["properties"]!["allowedActions"]!["items"]!["x-enum-descriptions"]!.AsArray();
        Assert.Equal(caseSteps.Count(), labels.Count);
        Assert.Contains("Beslissen", labels.Select(l => l!.GetValue<string>()));
    }

    [Fact]
    public async Task Letters_carry_the_kinds_channels_and_statuses_their_modules_define_and_resend_takes_those_modules()
    {
        var document = await DocumentAsync();

        var schemas = document["components"]!["schemas"]!;
        string[] Enum(string schema, string property) =>
            [.. schemas[schema]!["properties"]![property]!["enum"]!.AsArray().Select(v => v!.GetValue<string>())];
        string[] Names(params Type[] types) =>
            [.. types.SelectMany(Klachten.BuildingBlocks.Web.AllowedName.Of).Select(a => a.Name).Distinct().Order(StringComparer.Ordinal)];
        string[] Sorted(string[] names) => [.. names.Order(StringComparer.Ordinal)];
        Type intakeKinds = typeof(Klachten.Modules.Intake.Domain.CorrespondenceKind),
            handlingKinds = typeof(Klachten.Modules.Handling.Application.Abstractions.CorrespondenceKind),
            intakeStatuses = typeof(Klachten.Modules.Intake.Domain.CorrespondenceStatus),
            handlingStatuses = typeof(Klachten.Modules.Handling.Infrastructure.Correspondence.CorrespondenceStatus);
        await using var scope = Services.CreateAsyncScope();
        var correspondenceModules = scope.ServiceProvider
            .GetServices<Klachten.BuildingBlocks.Application.Correspondence.IModuleCorrespondence>().Select(m => m.Module).ToArray();
        var resend = Operations(document).Single(o => o.Where == "POST /api/correspondence/{module}/{id}/resend").Operation;
        var module = resend["parameters"]!.AsArray().Single(p => p!["name"]!.GetValue<string>() == "module")!["schema"]!["enum"]!.AsArray();

        Assert.Equal(Names(intakeKinds, handlingKinds), Sorted(Enum("CorrespondenceDto", "kind")));
        Assert.Equal(Names(intakeStatuses, handlingStatuses), Sorted(Enum("CorrespondenceDto", "status")));
        Assert.Equal(Names(intakeKinds), Sorted(Enum("IntakeLetter", "kind")));
        Assert.Equal(Names(handlingKinds), Sorted(Enum("HandlingLetter", "kind")));
        Assert.Equal(Names(handlingStatuses), Sorted(Enum("HandlingLetter", "status")));
        Assert.Equal(Enum("CorrespondenceDto", "kind"), Enum("ComplaintLetterDto", "kind"));
        Assert.Equal(Names(typeof(Klachten.Modules.PreventiveAction.Application.Abstractions.CorrespondenceKind)),
            Sorted(Enum("MeasureCorrespondenceDto", "kind")));
        Assert.Equal(Sorted(correspondenceModules), Sorted([.. module.Select(m => m!.GetValue<string>())]));
        Assert.Equal(Sorted(correspondenceModules), Sorted(Enum("FailedCorrespondenceDto", "module")));
        Assert.Equal(Names(typeof(Klachten.Modules.Intake.Application.ListComplaints.ComplaintStatus),
            typeof(Klachten.Modules.Handling.Domain.CaseStatus)), Sorted(Enum("StatusCountDto", "status")));
        Assert.Contains("Beslissingsbrief",
            schemas["CorrespondenceDto"]!["properties"]!["kind"]!["x-enum-descriptions"]!.AsArray().Select(l => l!.GetValue<string>()));
    }

    [Fact]
    public async Task A_year_in_a_path_is_an_integer_from_2000_and_the_correspondence_overview_takes_only_Failed()
    {
        var document = await DocumentAsync();

        var operations = Operations(document).ToDictionary(o => o.Where, o => o.Operation);
        JsonNode Parameter(string operation, string name) =>
            operations[operation]["parameters"]!.AsArray().Single(p => p!["name"]!.GetValue<string>() == name)!;
        var years = operations.Where(o => o.Key.Contains("{year}", StringComparison.Ordinal)).ToList();

        Assert.True(years.Count >= 10, $"only {years.Count} operations with a year");
        Assert.All(years, o => Assert.Equal("integer", Parameter(o.Key, "year")["schema"]!["type"]!.GetValue<string>()));
        Assert.Equal(2000, Parameter("GET /api/analysis/years/{year}", "year")["schema"]!["minimum"]!.GetValue<int>());
        Assert.Equal("[\"Failed\"]", Parameter("GET /api/correspondence", "status")["schema"]!["enum"]!.ToJsonString());
    }

    [Fact]
    public async Task Problem_details_carry_the_rule_code_and_validation_problems_the_errors_per_field()
    {
        var document = await DocumentAsync();

        var schemas = document["components"]!["schemas"]!;

        Assert.NotNull(schemas["ProblemDetails"]!["properties"]!["code"]);
        Assert.NotNull(schemas["HttpValidationProblemDetails"]!["properties"]!["errors"]!["additionalProperties"]);
    }

    [Fact]
    public async Task The_description_names_only_modules_that_have_endpoints()
    {
        var document = await DocumentAsync();

        var description = document["info"]!["description"]!.GetValue<string>();
        var tags = Operations(document).SelectMany(o => o.Operation["tags"]!.AsArray().Select(t => t!.GetValue<string>())).ToHashSet();

        foreach (var module in new[] { "Intake", "Classification", "Handling", "Analysis", "PreventiveAction" })
        {
            Assert.Equal(tags.Contains(module), description.Contains(module, StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task The_API_reference_offers_no_hosted_services()
    {
        using var client = CreateAnonymousClient();

        var page = await client.GetStringAsync("/api-reference");

        Assert.Contains("\"hideClientButton\":true", page, StringComparison.Ordinal);
        Assert.Contains("\"agent\":{\"disabled\":true}", page.Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);
        // The developer tools toolbar (configure, share, deploy) off; with installation instructions in the document Scalar
        // shows those instead of its button that generates an SDK in its cloud.
        Assert.Contains("\"showDeveloperTools\":\"never\"", page, StringComparison.Ordinal);
        var document = System.Text.Json.JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json")).RootElement;
        var installation = Assert.Single(document.GetProperty("info").GetProperty("x-scalar-sdk-installation").EnumerateArray());
        Assert.Contains("openapi-typescript", installation.GetProperty("source").GetString(), StringComparison.Ordinal);
    }
}

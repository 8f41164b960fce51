using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Dapper;
using Klachten.BuildingBlocks.Application;
using Klachten.IntegrationTests.Infrastructure;
using Npgsql;

namespace Klachten.IntegrationTests.Security;

/// <summary>
/// A fuzzer driven by the host's own API document (/openapi/v1.json): every operation, with a token whose role passes its
/// authorization (from <see cref="AccessRules"/>), gets malformed bodies, values of the wrong JSON type, huge and invisible
/// or otherwise awkward strings in every field, bad query values and bad path segments. It fails on any 5xx, on any 4xx that
/// is not ProblemDetails (application/problem+json), and on any row stored by a refused request (rows counted in every
/// module schema before and after each request; the audit trail is left out, because a refused read is meant to be recorded).
/// The CI variant sends each awkward value once per field; FUZZ_ROUNDS=n (environment) repeats the run with shuffled values.
/// </summary>
public sealed class OpenApiFuzzTests(ApiFixture fixture) : ApiTest(fixture)
{
    private static readonly string[] RolePreference =
        [Roles.QualityManager, Roles.Management, Roles.ComplaintsOfficer, Roles.Employee, Roles.Operations];

    // No %00: the in-process test server refuses to send a path with NUL (Kestrel answers it with its own 400).
    private static readonly string[] BadPathSegments =
    [
        "not-a-guid", "%E2%80%AE", "..%2F..%2Fetc%2Fpasswd", new string('x', 3000), "'%20OR%20'1'%3D'1", "-1",
        "99999999999999999999", "%F0%9F%98%80", "00000000-0000-0000-0000-000000000000",
    ];

    // Numbers beyond every integer type a value could be parsed into or passed to PostgreSQL as (int, bigint, numeric's
    // exponent); sent to every query value and, all at once, to all of them, in every run (a 500 was once seen under load).
    private static readonly string[] HugeNumbers =
    [
        "99999999999999999999", "-99999999999999999999", "2147483648", "-2147483649", "9223372036854775808", "1e400",
        new string('9', 400),
    ];

    private static readonly string[] BadQueryValues =
    [
        "", "-1", "0", "99999999999999999999", "abc", "2026-02-30", "%00", new string('x', 5000), "%F0%9F%98%80", "true%0D%0AX:%20y",
        "%5B%5D", "1e9", "NaN", "%E2%80%AEdnepo", .. HugeNumbers,
    ];

    private static readonly JsonNode?[] BadValues =
    [
        JsonValue.Create(123), JsonValue.Create(-1.5e300), JsonValue.Create(true), new JsonObject(), new JsonArray(), null,
        JsonValue.Create(new string('x', 100_000)), JsonValue.Create("\u0000"), JsonValue.Create("invoice\u202Efdp.exe"),
        JsonValue.Create("\uFEFFbom"), JsonValue.Create("Evil\r\nBcc: x@evil.example"), JsonValue.Create("😀李\u0301"),
        JsonValue.Create(""), JsonValue.Create("   "), JsonValue.Create("9999-12-31T23:59:59+14:00"), JsonValue.Create("0001-01-01"),
        JsonValue.Create("<script>alert(1)</script>"), JsonValue.Create("'; DROP TABLE intake.complaints; --"),
        new JsonArray(Enumerable.Range(0, 5000).Select(_ => (JsonNode?)JsonValue.Create("x")).ToArray()),
        JsonNode.Parse("99999999999999999999"), JsonNode.Parse("1e400"),
    ];

    private static readonly string[] BadRawBodies =
    [
        "", "{", "[]", "null", "\"text\"", "1", "{}", "{\"a\":}", "{\"a\":\"\\ud800\"}", new string('[', 5000) + new string(']', 5000),
        "{\"x\":1,\"x\":2}", "\u00ef\u00bb\u00bf{}", "{\"a\":\"\\u0000\"}",
    ];

    private sealed record Operation(string Method, string Path, JsonObject Node);

    private sealed record Attempt(string Description, HttpRequestMessage Request);

    [Fact]
    public async Task No_malformed_request_to_any_operation_of_the_API_document_is_a_5xx_a_bare_4xx_or_stores_a_row()
    {
        var document = JsonNode.Parse(await CreateAnonymousClient().GetStringAsync("/openapi/v1.json"))!.AsObject();
        var operations = Operations(document).ToList();
        Assert.NotEmpty(operations);
        var existing = (await IntakeApiRegister()).ToString();
        var rounds = int.TryParse(Environment.GetEnvironmentVariable("FUZZ_ROUNDS"), out var n) && n > 0 ? n : 1;
        var counter = await RowCounter.CreateAsync(Db);
        await counter.WaitForDeliveryAsync();

        var failures = new List<string>();
        var sent = 0;
        var covered = new HashSet<string>();
        for (var round = 0; round < rounds; round++)
        {
            foreach (var operation in operations)
            {
                var rule = AccessRules.For($"{operation.Method} {operation.Path}");
                var role = rule.Who == AccessRule.Anonymous ? null : RolePreference.First(rule.Roles.Contains);
                using var client = role is null ? CreateAnonymousClient() : CreateClient("fuzz." + role.ToLowerInvariant(), role);
                foreach (var attempt in Attempts(document, operation, existing, new Random(round)))
                {
                    var before = await counter.CountAsync();
                    using var response = await client.SendAsync(attempt.Request);
                    sent++;
                    covered.Add($"{operation.Method} {operation.Path}");
                    var status = (int)response.StatusCode;
                    var body = await response.Content.ReadAsStringAsync();
                    var label = $"{operation.Method} {operation.Path} [{attempt.Description}] as {role ?? "anonymous"}: {status}";
                    if (status >= 500)
                    {
                        failures.Add($"{label} {Shorten(body)}");
                    }
                    else if (status >= 400 && response.Content.Headers.ContentType?.MediaType != "application/problem+json")
                    {
                        failures.Add($"{label} is not ProblemDetails ({response.Content.Headers.ContentType?.MediaType ?? "no body"})");
                    }

                    if (status >= 400)
                    {
                        var stored = RowCounter.Difference(before, await counter.CountAsync());
                        if (stored.Count > 0)
                        {
                            failures.Add($"{label} was refused but stored rows in {string.Join(", ", stored)}");
                        }
                    }
                    else
                    {
                        await counter.WaitForDeliveryAsync();
                    }
                }
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} of {sent} requests failed:\n" + string.Join("\n", failures.Take(40)));
        Assert.Equal(operations.Select(o => $"{o.Method} {o.Path}").ToHashSet(), covered);
    }

    /// <summary>
    /// The same huge numbers in every query value of every read, sixteen requests at a time, three times over: under load as
    /// well, each is a 400 naming the value or a page, never a 5xx.
    /// </summary>
    [Fact]
    public async Task Huge_numbers_in_any_query_value_sent_many_at_once_are_never_a_5xx()
    {
        var document = JsonNode.Parse(await CreateAnonymousClient().GetStringAsync("/openapi/v1.json"))!.AsObject();
        var existing = (await IntakeApiRegister()).ToString();
        var requests = new List<(string Role, string Url)>();
        foreach (var operation in Operations(document).Where(o => o.Method == "GET"))
        {
            var rule = AccessRules.For($"{operation.Method} {operation.Path}");
            if (rule.Who == AccessRule.Anonymous)
            {
                continue;
            }

            var role = RolePreference.First(rule.Roles.Contains);
            var parameters = operation.Node["parameters"]?.AsArray().Select(p => p!.AsObject()).ToList() ?? [];
            var path = System.Text.RegularExpressions.Regex.Replace(operation.Path, @"\{\w+\}", existing);
            foreach (var name in parameters.Where(p => (string?)p["in"] == "query").Select(p => (string)p["name"]!))
            {
                requests.AddRange(HugeNumbers.Select(huge => (role, $"{path}?{name}={huge}")));
            }
        }

        Assert.NotEmpty(requests);
        var failures = new System.Collections.Concurrent.ConcurrentBag<string>();
        for (var round = 0; round < 3; round++)
        {
            await Parallel.ForEachAsync(requests, new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (request, ct) =>
            {
                using var client = CreateClient("fuzz." + request.Role.ToLowerInvariant(), request.Role);
                using var response = await client.GetAsync(request.Url, ct);
                var status = (int)response.StatusCode;
                if (status >= 500 || (status >= 400 && response.Content.Headers.ContentType?.MediaType != "application/problem+json"))
                {
                    failures.Add($"GET {Shorten(request.Url)} as {request.Role}: {status} {Shorten(await response.Content.ReadAsStringAsync(ct))}");
                }
            });
        }

        Assert.True(failures.IsEmpty, $"{failures.Count} of {requests.Count * 3} requests failed:\n" + string.Join("\n", failures.Take(40)));
    }

    private async Task<Guid> IntakeApiRegister() =>
        (await Intake.IntakeApi.RegisterAsync(CreateClient("fuzz.employee", Roles.Employee))).GetProperty("id").GetGuid();

    private static IEnumerable<Operation> Operations(JsonObject document)
    {
        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            foreach (var (method, operation) in item!.AsObject())
            {
                if (method is "get" or "post" or "put" or "delete" or "patch")
                {
                    yield return new Operation(method.ToUpperInvariant(), path, operation!.AsObject());
                }
            }
        }
    }

    private static IEnumerable<Attempt> Attempts(JsonObject document, Operation operation, string existingId, Random random)
    {
        var parameters = operation.Node["parameters"]?.AsArray().Select(p => p!.AsObject()).ToList() ?? [];
        var pathParameters = parameters.Where(p => (string?)p["in"] == "path").Select(p => (string)p["name"]!).ToList();
        var queryParameters = parameters.Where(p => (string?)p["in"] == "query").Select(p => (string)p["name"]!).ToList();
        var bodySchema = operation.Node["requestBody"]?["content"]?["application/json"]?["schema"];
        var sample = bodySchema is null ? null : Sample(document, bodySchema, depth: 0);

        string Url(IReadOnlyDictionary<string, string>? path = null, string? query = null)
        {
            var url = operation.Path;
            foreach (var name in pathParameters)
            {
                url = url.Replace($"{{{name}}}", path?.GetValueOrDefault(name) ?? existingId, StringComparison.Ordinal);
            }

            return query is null ? url : $"{url}?{query}";
        }

        HttpRequestMessage Request(string url, string? body = null, string contentType = "application/json")
        {
            var request = new HttpRequestMessage(new HttpMethod(operation.Method), url);
            if (body is not null)
            {
                request.Content = new StringContent(body, Encoding.UTF8);
                request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);
            }
            else if (sample is not null)
            {
                request.Content = new StringContent(sample.ToJsonString(), Encoding.UTF8, "application/json");
            }

            return request;
        }

        yield return new Attempt("as documented, with an unknown query value", Request(Url(query: "zzz=%00")));
        foreach (var name in pathParameters)
        {
            foreach (var segment in BadPathSegments.OrderBy(_ => random.Next()))
            {
                yield return new Attempt($"path {name}={Shorten(segment)}", Request(Url(new Dictionary<string, string> { [name] = segment })));
            }
        }

        foreach (var name in queryParameters)
        {
            foreach (var value in BadQueryValues.OrderBy(_ => random.Next()))
            {
                yield return new Attempt($"query {name}={Shorten(value)}", Request(Url(query: $"{name}={value}")));
            }
        }

        if (queryParameters.Count > 0)
        {
            yield return new Attempt("every query value bad", Request(Url(query: string.Join("&", queryParameters.Select(q => $"{q}=%00x")))));
            foreach (var huge in HugeNumbers)
            {
                yield return new Attempt($"every query value {Shorten(huge)}", Request(Url(query: string.Join("&", queryParameters.Select(q => $"{q}={huge}")))));
            }

            yield return new Attempt("unknown and repeated query values", Request(Url(query: $"zzz=1&{queryParameters[0]}=1&{queryParameters[0]}=2")));
        }

        if (sample is null)
        {
            yield break;
        }

        foreach (var raw in BadRawBodies)
        {
            yield return new Attempt($"body {Shorten(raw)}", Request(Url(), raw));
        }

        yield return new Attempt("body as text/plain", Request(Url(), sample.ToJsonString(), "text/plain"));
        yield return new Attempt("body as form", Request(Url(), "a=1", "application/x-www-form-urlencoded"));
        yield return new Attempt("sample body", Request(Url(), sample.ToJsonString()));

        foreach (var path in Leaves(sample, ""))
        {
            foreach (var value in BadValues.OrderBy(_ => random.Next()))
            {
                var mutated = sample.DeepClone();
                Set(mutated, path, value?.DeepClone());
                yield return new Attempt($"body {path}={Shorten(value?.ToJsonString() ?? "null")}", Request(Url(), mutated.ToJsonString()));
            }
        }
    }

    /// <summary>A body of the right shape: the first allowed value of a named field, a plausible date, "x" for other text.</summary>
    private static JsonNode? Sample(JsonObject document, JsonNode schema, int depth)
    {
        if (depth > 6)
        {
            return null;
        }

        if (schema["$ref"] is { } reference)
        {
            var name = ((string)reference!).Split('/')[^1];
            return Sample(document, document["components"]!["schemas"]![name]!, depth + 1);
        }

        foreach (var combinator in new[] { "oneOf", "anyOf", "allOf" })
        {
            if (schema[combinator] is JsonArray options)
            {
                var option = options.FirstOrDefault(o => !IsNullType(o!)) ?? options[0];
                return Sample(document, option!, depth + 1);
            }
        }

        var type = schema["type"] switch
        {
            JsonArray types => types.Select(t => (string?)t).FirstOrDefault(t => t != "null"),
            JsonValue value => (string?)value,
            _ => schema["properties"] is not null ? "object" : "string",
        };
        return type switch
        {
            "object" => new JsonObject((schema["properties"]?.AsObject() ?? [])
                .Select(p => KeyValuePair.Create(p.Key, Sample(document, p.Value!, depth + 1)))),
            "array" => new JsonArray(schema["items"] is { } items ? Sample(document, items, depth + 1) : JsonValue.Create("x")),
            "integer" => JsonValue.Create(1),
            "number" => JsonValue.Create(1.5),
            "boolean" => JsonValue.Create(true),
            _ when schema["enum"] is JsonArray values && values.Count > 0 => values[0]?.DeepClone(),
            _ => (string?)schema["format"] switch
            {
                "date-time" => JsonValue.Create("2026-03-02T09:30:00+01:00"),
                "date" => JsonValue.Create("2026-03-02"),
                "uuid" => JsonValue.Create(Guid.NewGuid().ToString()),
                _ => JsonValue.Create("x"),
            },
        };
    }

    private static bool IsNullType(JsonNode schema) => schema["type"] is JsonValue value && (string?)value == "null";

    private static IEnumerable<string> Leaves(JsonNode? node, string path)
    {
        yield return path.Length == 0 ? "$" : path;
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, child) in obj)
                {
                    foreach (var leaf in Leaves(child, $"{path}.{key}"))
                    {
                        yield return leaf;
                    }
                }

                break;
            case JsonArray { Count: > 0 } array:
                foreach (var leaf in Leaves(array[0], $"{path}[0]"))
                {
                    yield return leaf;
                }

                break;
        }
    }

    private static void Set(JsonNode root, string path, JsonNode? value)
    {
        if (path == "$")
        {
            return; // the whole body is fuzzed by the raw bodies
        }

        var steps = System.Text.RegularExpressions.Regex.Matches(path, @"\.([^.\[]+)|\[(\d+)\]").Select(m => m).ToList();
        var current = root;
        for (var i = 0; i < steps.Count; i++)
        {
            var last = i == steps.Count - 1;
            var step = steps[i];
            if (step.Groups[1].Success)
            {
                if (last)
                {
                    current.AsObject()[step.Groups[1].Value] = value;
                }
                else
                {
                    current = current[step.Groups[1].Value]!;
                }
            }
            else
            {
                var index = int.Parse(step.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture);
                if (last)
                {
                    current.AsArray()[index] = value;
                }
                else
                {
                    current = current[index]!;
                }
            }
        }
    }

    private static string Shorten(string value) => value.Length <= 60 ? value : value[..40] + $"…({value.Length} chars)";

    /// <summary>Counts the rows of every table in the module schemas (not the audit trail, journals, Hangfire or public).</summary>
    private sealed class RowCounter(NpgsqlDataSource db, string sql, string pendingSql)
    {
        public static async Task<RowCounter> CreateAsync(NpgsqlDataSource db)
        {
            await using var connection = await db.OpenConnectionAsync();
            var tables = (await connection.QueryAsync<string>("""
                SELECT format('%I.%I', n.nspname, c.relname)
                FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE c.relkind IN ('r', 'p')
                  AND n.nspname NOT IN ('pg_catalog', 'information_schema', 'hangfire', 'public', 'audit')
                  AND n.nspname NOT LIKE 'pg_%'
                  AND c.relname <> 'schema_versions'
                ORDER BY 1
                """)).ToList();
            var outboxes = tables.Where(t => t.EndsWith(".outbox_messages", StringComparison.Ordinal)).ToList();
            return new RowCounter(db,
                string.Join(" UNION ALL ", tables.Select(t => $"SELECT '{t}' AS name, count(*) AS rows FROM {t}")),
                "SELECT " + string.Join(" + ", outboxes.Select(t => $"(SELECT count(*) FROM {t} WHERE processed_at IS NULL AND attempts = 0)")));
        }

        public async Task<Dictionary<string, long>> CountAsync()
        {
            await using var connection = await db.OpenConnectionAsync();
            return (await connection.QueryAsync<(string Name, long Rows)>(sql)).ToDictionary(r => r.Name, r => r.Rows);
        }

        public static List<string> Difference(Dictionary<string, long> before, Dictionary<string, long> after) =>
            after.Where(t => before.GetValueOrDefault(t.Key) != t.Value).Select(t => $"{t.Key} ({before.GetValueOrDefault(t.Key)} -> {t.Value})").ToList();

        /// <summary>After an accepted request: its events reach their handlers before the next request is counted.</summary>
        public async Task WaitForDeliveryAsync()
        {
            await using var connection = await db.OpenConnectionAsync();
            var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(15);
            while (await connection.ExecuteScalarAsync<long>(pendingSql) > 0 && DateTime.UtcNow < deadline)
            {
                await Task.Delay(20);
            }
        }
    }
}

using System.Text.Json.Nodes;
using Klachten.IntegrationTests.Infrastructure;

namespace Klachten.IntegrationTests.Foundation;

/// <summary>
/// Issue 16's concurrency bar, walked over the whole document (ADR 0018): every operation that changes state takes If-Match,
/// documents its 412 as problem details and answers an ETag, or it is in <see cref="WithoutIfMatch"/> with the reason why
/// If-Match makes no sense for it. A new module's change without either fails here.
/// </summary>
public sealed class OpenApiConcurrencyTests(ApiFixture fixture) : ApiTest(fixture)
{
    private static readonly string[] Changes = ["post", "put", "patch", "delete"];

    private const string Creates = "creates a new resource: there is no version the caller could have read; its read answers the ETag from then on";

    /// <summary>The state-changing operations that take no If-Match, each with its reason. Keep it short and reasoned.</summary>
    public static readonly IReadOnlyDictionary<string, string> WithoutIfMatch = new Dictionary<string, string>
    {
        ["POST /api/intake/complaints"] = Creates,
        ["POST /api/intake/complaints/{id}/correspondence/{letterId}/posted"] = "a one-way step on a printed letter (Printed to Posted; "
            + "a second one is 409 letter_already_posted): the complaint's read does not show its letters, and the letter has nothing "
            + "a caller edits, so there is no change to overwrite",
        ["POST /api/classification/categories"] = Creates + " (409 code_exists)",
        ["POST /api/classification/root-causes"] = Creates + " (409 code_exists)",
        ["DELETE /api/classification/categories/{code}"] = "removes a code no classification used: a code has no field a caller "
            + "edits, so nothing read can be overwritten (a second removal is 404, a used code 409 code_in_use)",
        ["DELETE /api/classification/root-causes/{code}"] = "as for a category: nothing a caller edits, nothing to overwrite",
        ["POST /api/classification/categories/{code}/deactivate"] = "sets a code's only state to the one its route names: the "
            + "outcome does not depend on what the caller read (twice is the same), so no change can be lost",
        ["POST /api/classification/categories/{code}/activate"] = "as deactivate: sets the state the route names",
        ["POST /api/classification/root-causes/{code}/deactivate"] = "as for a category: sets the state the route names",
        ["POST /api/classification/root-causes/{code}/activate"] = "as for a category: sets the state the route names",
        ["POST /api/correspondence/{module}/{id}/resend"] = "asks the mail loop to try a failed e-mail now: its delivery state "
            + "(status, attempts, last error) is the loop's bookkeeping, changed without any caller's read, and an e-mail that is "
            + "no longer failed is 404",
        ["POST /api/analysis/years/{year}/recommendations"] = Creates + " (version 1 in its body)",
        ["POST /api/analysis/reports/saved"] = Creates + " (a frozen, append-only report)",
        ["POST /api/analysis/rebuild"] = "an operations action that refills the read model from the other modules: nothing a caller "
            + "read and edits",
        ["POST /api/preventive-action/measures"] = Creates + " (a proposed measure)",
        ["POST /api/preventive-action/meetings"] = Creates + " (a planned meeting)",
    };

    [Fact]
    public async Task Every_change_takes_If_Match_documents_412_and_answers_an_ETag_or_is_exempt_with_a_reason()
    {
        using var client = CreateAnonymousClient();
        var document = JsonNode.Parse(await client.GetStringAsync("/openapi/v1.json"))!.AsObject();

        var (checkedCount, faults) = Check(document, WithoutIfMatch);

        Assert.True(checkedCount >= 40, $"only {checkedCount} changes found: is the walk right?");
        Assert.True(faults.Count == 0, string.Join("\n", faults));
    }

    /// <summary>The rule itself fails on what it must: proved against a sample document that breaks it in every way.</summary>
    [Fact]
    public void The_walk_fails_on_a_change_without_If_Match_a_412_without_problem_details_an_unneeded_and_a_stale_exemption()
    {
        var sample = JsonNode.Parse("""
            {"paths": {
              "/things/{id}": {
                "get":    {"responses": {"200": {}}},
                "put":    {"responses": {"200": {}}},
                "delete": {"parameters": [{"name": "If-Match", "in": "header"}], "responses": {"200": {}, "412": {}}}
              },
              "/things": {
                "post":   {"parameters": [{"name": "If-Match", "in": "header"}],
                           "responses": {"201": {"headers": {"ETag": {}}}, "412": {"content": {"application/problem+json": {"schema": {}}}}}}
              },
              "/good/{id}": {
                "patch":  {"parameters": [{"name": "If-Match", "in": "header"}],
                           "responses": {"200": {"headers": {"ETag": {}}}, "412": {"content": {"application/problem+json": {"schema": {}}}}}}
              }
            }}
            """)!.AsObject();
        var exempt = new Dictionary<string, string>
        {
            ["POST /things"] = "creates",
            ["DELETE /gone"] = "no longer there",
            ["PATCH /good/{id}"] = " ",
        };

        var (checkedCount, faults) = Check(sample, exempt);

        Assert.Equal(4, checkedCount);
        Assert.Contains(faults, f => f.StartsWith("PUT /things/{id}: takes no If-Match", StringComparison.Ordinal));
        Assert.Contains(faults, f => f.StartsWith("DELETE /things/{id}: 412 not documented as problem details", StringComparison.Ordinal));
        Assert.Contains(faults, f => f.StartsWith("DELETE /things/{id}: answers no ETag", StringComparison.Ordinal));
        Assert.Contains(faults, f => f.StartsWith("POST /things: exempt, but takes If-Match", StringComparison.Ordinal));
        Assert.Contains(faults, f => f.StartsWith("DELETE /gone: exempt, but no such operation", StringComparison.Ordinal));
        Assert.Contains(faults, f => f.StartsWith("PATCH /good/{id}: exempt without a reason", StringComparison.Ordinal));
        Assert.Equal(7, faults.Count);
    }

    private static (int Checked, List<string> Faults) Check(JsonObject document, IReadOnlyDictionary<string, string> exempt)
    {
        var faults = new List<string>();
        var seen = new HashSet<string>();
        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            foreach (var (method, node) in item!.AsObject().Where(m => Changes.Contains(m.Key)))
            {
                var where = $"{method.ToUpperInvariant()} {path}";
                seen.Add(where);
                var operation = node!.AsObject();
                var takesIfMatch = operation["parameters"]?.AsArray().Any(p =>
                    p!["in"]?.GetValue<string>() == "header" && p["name"]?.GetValue<string>() == "If-Match") == true;
                var responses = operation["responses"]?.AsObject() ?? [];

                if (exempt.TryGetValue(where, out var reason))
                {
                    if (takesIfMatch)
                    {
                        faults.Add($"{where}: exempt, but takes If-Match: take it off the list");
                    }

                    if (string.IsNullOrWhiteSpace(reason))
                    {
                        faults.Add($"{where}: exempt without a reason");
                    }

                    continue;
                }

                if (!takesIfMatch)
                {
                    faults.Add($"{where}: takes no If-Match and is not exempt (.WithETag() and a version, or an exemption with its reason)");
                    continue;
                }

                if (responses["412"]?["content"]?["application/problem+json"]?["schema"] is null)
                {
                    faults.Add($"{where}: 412 not documented as problem details");
                }

                if (!responses.Any(r => r.Key.StartsWith('2') && r.Value?["headers"]?["ETag"] is not null))
                {
                    faults.Add($"{where}: answers no ETag on success");
                }
            }
        }

        faults.AddRange(exempt.Keys.Where(k => !seen.Contains(k)).Select(k => $"{k}: exempt, but no such operation in the document"));
        return (seen.Count, faults);
    }
}

using System.Net;
using System.Net.Http.Headers;
using System.Security.Claims;
using System.Text;
using Klachten.IntegrationTests.Infrastructure;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Klachten.IntegrationTests.Security;

/// <summary>
/// The endpoint × role matrix, built from the host's own endpoint metadata and checked against the one table of intended
/// rules (<see cref="AccessRules"/>): a new endpoint without a rule fails here, and so does a rule whose endpoint is gone or
/// whose roles differ from what the endpoint demands. Then every refused role is tried over HTTP, and bad tokens.
/// </summary>
public sealed class EndpointRoleMatrixTests(ApiFixture fixture) : ApiTest(fixture)
{
    [Fact]
    public async Task Every_mapped_endpoint_has_exactly_the_roles_of_its_rule_in_the_one_table()
    {
        var mapped = await EndpointCatalog.ReadAsync(Services);

        var problems = new List<string>();
        foreach (var endpoint in mapped)
        {
            var rule = AccessRules.All.SingleOrDefault(r => r.Endpoint == endpoint.Key);
            if (rule is null)
            {
                problems.Add($"no rule for {endpoint.Key} (it lets in: {Describe(endpoint)})");
            }
            else if (Describe(endpoint) != Describe(rule))
            {
                problems.Add($"{endpoint.Key} lets in {Describe(endpoint)}, the rule says {Describe(rule)}");
            }
        }

        problems.AddRange(AccessRules.All.Where(r => mapped.All(e => e.Key != r.Endpoint)).Select(r => $"rule for an unmapped endpoint: {r.Endpoint}"));
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task Every_role_an_endpoint_refuses_gets_403_and_a_request_without_a_token_gets_401()
    {
        var problems = new List<string>();
        foreach (var endpoint in (await EndpointCatalog.ReadAsync(Services)).Where(e => !e.Anonymous && e.Route.StartsWith("/api/", StringComparison.Ordinal)))
        {
            var url = Fill(endpoint);
            var anonymous = await SendAsync(CreateAnonymousClient(), endpoint.Method, url);
            if (anonymous != HttpStatusCode.Unauthorized)
            {
                problems.Add($"{endpoint.Key} without a token: {(int)anonymous}");
            }

            foreach (var role in KnownRoles.All.Where(role => !endpoint.Roles.Contains(role)))
            {
                var status = await SendAsync(CreateClient("matrix." + role.ToLowerInvariant(), role), endpoint.Method, url);
                if (status != HttpStatusCode.Forbidden)
                {
                    problems.Add($"{endpoint.Key} as {role}: {(int)status}, expected 403");
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void The_table_in_docs_security_md_is_the_table_the_tests_check() =>
        Assert.Contains(AccessRules.Markdown(), File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "security.md")).ReplaceLineEndings("\n"),
            StringComparison.Ordinal);

    public static TheoryData<string, string> BadTokens()
    {
        var valid = TestTokens.Create("kwaliteit", [Klachten.BuildingBlocks.Application.Roles.QualityManager]);
        var parts = valid.Split('.');
        var payload = Encoding.UTF8.GetString(Base64UrlEncoder.DecodeBytes(parts[1]));
        var elevated = Base64UrlEncoder.Encode(payload.Replace("kwaliteit", "directeur", StringComparison.Ordinal));
        var unsignedHeader = Base64UrlEncoder.Encode("{\"alg\":\"none\",\"typ\":\"JWT\"}");
        return new TheoryData<string, string>
        {
            { "expired", TestTokens.Create("kwaliteit", [Klachten.BuildingBlocks.Application.Roles.QualityManager], expires: DateTimeOffset.UtcNow.AddMinutes(-6)) },
            { "tampered payload", $"{parts[0]}.{elevated}.{parts[2]}" },
            { "wrong signature", TestTokens.Create("kwaliteit", [Klachten.BuildingBlocks.Application.Roles.QualityManager],
                signingKey: Encoding.UTF8.GetBytes("another-key-that-is-long-enough-for-hmac-sha-256!")) },
            { "alg none", $"{unsignedHeader}.{parts[1]}." },
            { "alg none with the old signature", $"{unsignedHeader}.{parts[1]}.{parts[2]}" },
            { "wrong issuer", TestTokens.Create("kwaliteit", [Klachten.BuildingBlocks.Application.Roles.QualityManager], issuer: "someone-else") },
            { "garbage", "not.a.token" },
        };
    }

    [Theory]
    [MemberData(nameof(BadTokens))]
    public async Task A_bad_token_gets_401(string kind, string token)
    {
        var client = CreateAnonymousClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        var response = await client.GetAsync("/api/classification/queue");

        Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{kind}: {(int)response.StatusCode}");
    }

    [Fact]
    public async Task The_valid_token_the_bad_ones_are_made_from_is_accepted()
    {
        var response = await CreateClient("kwaliteit", Klachten.BuildingBlocks.Application.Roles.QualityManager).GetAsync("/api/classification/queue");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static string Describe(MappedEndpoint endpoint) =>
        endpoint.Anonymous ? AccessRule.Anonymous : string.Join(", ", KnownRoles.All.Where(endpoint.Roles.Contains));

    private static string Describe(AccessRule rule) =>
        rule.Who == AccessRule.Anonymous ? AccessRule.Anonymous : string.Join(", ", KnownRoles.All.Where(rule.Roles.Contains));

    /// <summary>A value for every route parameter that its constraint accepts (a number for {version:int}), so routing reaches authorization.</summary>
    private static string Fill(MappedEndpoint endpoint) =>
        System.Text.RegularExpressions.Regex.Replace(endpoint.Route, "\\{([^}]+)\\}", match =>
            endpoint.Pattern.GetParameter(match.Groups[1].Value)?.ParameterPolicies.Any(p => p.Content == "int") == true
                ? "1"
                : Guid.NewGuid().ToString());

    private static async Task<HttpStatusCode> SendAsync(HttpClient client, string method, string url)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), url);
        if (method is "POST" or "PUT")
        {
            request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
        }

        return (await client.SendAsync(request)).StatusCode;
    }

    public static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Klachten.Modular.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new DirectoryNotFoundException("The repository root (Klachten.Modular.sln) was not found.");
    }
}

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;

namespace Klachten.IntegrationTests.Security;

/// <summary>One endpoint as the host maps it: "GET /api/intake/complaints/{id}" (route constraints left out) and who may call it.</summary>
public sealed record MappedEndpoint(string Key, string Method, string Route, RoutePattern Pattern, bool Anonymous, IReadOnlySet<string> Roles);

/// <summary>
/// Every endpoint of the running host, read from its own metadata (EndpointDataSource): the method, the route and the roles
/// that pass its combined authorization (the fallback policy, the group's and the endpoint's own requirements). A role
/// "passes" when a user with only that role meets every role requirement; a named policy is resolved as the host resolves it.
/// </summary>
public static class EndpointCatalog
{
    public static async Task<IReadOnlyList<MappedEndpoint>> ReadAsync(IServiceProvider services)
    {
        var policies = services.GetRequiredService<IAuthorizationPolicyProvider>();
        var fallback = await policies.GetFallbackPolicyAsync();
        var result = new List<MappedEndpoint>();
        foreach (var endpoint in services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["*"];
            var anonymous = endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null;
            var combined = await AuthorizationPolicy.CombineAsync(policies,
                endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>(), endpoint.Metadata.GetOrderedMetadata<AuthorizationPolicy>());
            var effective = anonymous ? null : combined ?? fallback;
            var roleRequirements = effective?.Requirements.OfType<RolesAuthorizationRequirement>().ToList() ?? [];
            var roles = KnownRoles.All.Where(role => roleRequirements.All(r => r.AllowedRoles.Contains(role))).ToHashSet();
            var route = Render(endpoint.RoutePattern);
            foreach (var method in methods)
            {
                result.Add(new MappedEndpoint($"{method} {route}", method, route, endpoint.RoutePattern, anonymous, roles));
            }
        }

        return result.OrderBy(e => e.Route, StringComparer.Ordinal).ThenBy(e => e.Method, StringComparer.Ordinal).ToList();
    }

    /// <summary>The route with parameter names only ("{id}"), as the API document writes it.</summary>
    public static string Render(RoutePattern pattern) =>
        "/" + string.Join("/", pattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
        {
            RoutePatternLiteralPart literal => literal.Content,
            RoutePatternParameterPart { IsCatchAll: true } parameter => $"{{**{parameter.Name}}}",
            RoutePatternParameterPart parameter => $"{{{parameter.Name}}}",
            RoutePatternSeparatorPart separator => separator.Content,
            _ => "?",
        }))));
}

public static class KnownRoles
{
    public static readonly string[] All =
    [
        Klachten.BuildingBlocks.Application.Roles.Employee,
        Klachten.BuildingBlocks.Application.Roles.ComplaintsOfficer,
        Klachten.BuildingBlocks.Application.Roles.QualityManager,
        Klachten.BuildingBlocks.Application.Roles.Management,
        Klachten.BuildingBlocks.Application.Roles.Operations,
    ];
}

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;

using Microsoft.Extensions.DependencyInjection;

namespace Klachten.BuildingBlocks.Web;

/// <summary>
/// Which roles an endpoint lets in, read from its authorization metadata: for the API document, GET /api/me and the 403 that
/// names them.
/// </summary>
public static class EndpointRoles
{
    /// <summary>
    /// The roles of which the caller needs one: every role requirement of the endpoint's policies (its own, combined with its
    /// groups', and named ones) must be met, so the allowed roles are those in all of them.
    /// </summary>
    public static async Task<IReadOnlyList<string>?> RolesAsync(IEnumerable<object> metadata, IServiceProvider services)
    {
        var provider = services.GetRequiredService<IAuthorizationPolicyProvider>();
        var policies = metadata.OfType<AuthorizationPolicy>().ToList();
        foreach (var data in metadata.OfType<IAuthorizeData>())
        {
            if (!string.IsNullOrEmpty(data.Policy) && await provider.GetPolicyAsync(data.Policy) is { } named)
            {
                policies.Add(named);
            }

            if (!string.IsNullOrEmpty(data.Roles))
            {
                policies.Add(new AuthorizationPolicyBuilder().RequireRole(data.Roles.Split(',', StringSplitOptions.TrimEntries)).Build());
            }
        }

        IEnumerable<string>? allowed = null;
        foreach (var requirement in policies.SelectMany(p => p.Requirements).OfType<RolesAuthorizationRequirement>())
        {
            allowed = allowed is null ? requirement.AllowedRoles : allowed.Intersect(requirement.AllowedRoles);
        }

        return allowed?.Distinct().ToArray();
    }
}

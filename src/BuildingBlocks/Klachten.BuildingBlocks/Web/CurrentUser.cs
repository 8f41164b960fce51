using System.Security.Claims;
using Klachten.BuildingBlocks.Application;
using Microsoft.AspNetCore.Http;

namespace Klachten.BuildingBlocks.Web;

/// <summary>The logged-in user of the HTTP request; outside a request (jobs, event delivery) the system itself.</summary>
internal sealed class CurrentUser(IHttpContextAccessor httpContextAccessor) : ICurrentUser
{
    public const string SystemUserName = "system";

    private ClaimsPrincipal? Principal =>
        httpContextAccessor.HttpContext?.User is { Identity.IsAuthenticated: true } user ? user : null;

    public bool IsAuthenticated => Principal is not null;

    public string UserName => Principal switch
    {
        null => SystemUserName,
        var user => user.Identity?.Name ?? user.FindFirstValue(ClaimTypes.NameIdentifier) ?? user.FindFirstValue("sub")
            ?? throw new InvalidOperationException("The token carries no user name."),
    };

    public bool IsInRole(string role) => Principal?.IsInRole(role) ?? false;

    public IReadOnlyCollection<string> Roles =>
        Principal?.FindAll(ClaimTypes.Role).Select(c => c.Value).ToArray() ?? [];
}

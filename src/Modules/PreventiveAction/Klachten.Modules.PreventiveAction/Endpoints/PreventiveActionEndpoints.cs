using Microsoft.AspNetCore.Routing;

namespace Klachten.Modules.PreventiveAction.Endpoints;

internal static class PreventiveActionEndpoints
{
    public static void Map(RouteGroupBuilder group)
    {
        // The module's use cases map their routes here, one line each.
    }
}

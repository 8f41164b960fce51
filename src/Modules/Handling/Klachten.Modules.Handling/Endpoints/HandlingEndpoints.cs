using Microsoft.AspNetCore.Routing;

namespace Klachten.Modules.Handling.Endpoints;

internal static class HandlingEndpoints
{
    public static void Map(RouteGroupBuilder group)
    {
        // The module's use cases map their routes here, one line each.
    }
}

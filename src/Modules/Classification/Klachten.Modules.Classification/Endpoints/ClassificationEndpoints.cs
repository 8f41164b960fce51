using Microsoft.AspNetCore.Routing;

namespace Klachten.Modules.Classification.Endpoints;

internal static class ClassificationEndpoints
{
    public static void Map(RouteGroupBuilder group)
    {
        // The module's use cases map their routes here, one line each.
    }
}

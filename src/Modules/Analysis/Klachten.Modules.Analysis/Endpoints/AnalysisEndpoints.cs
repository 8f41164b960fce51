using Microsoft.AspNetCore.Routing;

namespace Klachten.Modules.Analysis.Endpoints;

internal static class AnalysisEndpoints
{
    public static void Map(RouteGroupBuilder group)
    {
        // The module's use cases map their routes here, one line each.
    }
}

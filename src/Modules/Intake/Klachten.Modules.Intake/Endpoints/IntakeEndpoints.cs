using Microsoft.AspNetCore.Routing;

namespace Klachten.Modules.Intake.Endpoints;

internal static class IntakeEndpoints
{
    public static void Map(RouteGroupBuilder group)
    {
        // The module's use cases map their routes here, one line each.
    }
}

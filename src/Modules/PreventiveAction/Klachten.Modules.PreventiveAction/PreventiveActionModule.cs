using Klachten.BuildingBlocks.Modules;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Klachten.Modules.PreventiveAction.Contracts;
using Klachten.Modules.PreventiveAction.Endpoints;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Klachten.Modules.PreventiveAction;

/// <summary>The PreventiveAction module's registration: the only public entry points besides its Contracts.</summary>
public static class PreventiveActionModule
{
    public const string Schema = "preventive_action";

    public static IServiceCollection AddPreventiveActionModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddModule(new ModuleDescriptor(PreventiveActionContracts.ModuleName, Schema, typeof(PreventiveActionModule).Assembly, typeof(PreventiveActionContracts).Assembly));
        return services;
    }

    public static IEndpointRouteBuilder MapPreventiveActionEndpoints(this IEndpointRouteBuilder endpoints)
    {
        PreventiveActionEndpoints.Map(endpoints.MapGroup("/api/preventive-action").WithTags("PreventiveAction").RequireAuthorization());
        return endpoints;
    }
}

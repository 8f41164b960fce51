using Klachten.BuildingBlocks.Modules;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Klachten.Modules.Intake.Contracts;
using Klachten.Modules.Intake.Endpoints;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Klachten.Modules.Intake;

/// <summary>The Intake module's registration: the only public entry points besides its Contracts.</summary>
public static class IntakeModule
{
    public const string Schema = "intake";

    public static IServiceCollection AddIntakeModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddModule(new ModuleDescriptor(IntakeContracts.ModuleName, Schema, typeof(IntakeModule).Assembly, typeof(IntakeContracts).Assembly));
        return services;
    }

    public static IEndpointRouteBuilder MapIntakeEndpoints(this IEndpointRouteBuilder endpoints)
    {
        IntakeEndpoints.Map(endpoints.MapGroup("/api/intake").WithTags("Intake").RequireAuthorization());
        return endpoints;
    }
}

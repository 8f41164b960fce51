using Klachten.BuildingBlocks.Modules;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Klachten.Modules.Analysis.Contracts;
using Klachten.Modules.Analysis.Endpoints;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Klachten.Modules.Analysis;

/// <summary>The Analysis module's registration: the only public entry points besides its Contracts.</summary>
public static class AnalysisModule
{
    public const string Schema = "analysis";

    public static IServiceCollection AddAnalysisModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddModule(new ModuleDescriptor(AnalysisContracts.ModuleName, Schema, typeof(AnalysisModule).Assembly, typeof(AnalysisContracts).Assembly));
        return services;
    }

    public static IEndpointRouteBuilder MapAnalysisEndpoints(this IEndpointRouteBuilder endpoints)
    {
        AnalysisEndpoints.Map(endpoints.MapGroup("/api/analysis").WithTags("Analysis").RequireAuthorization());
        return endpoints;
    }
}

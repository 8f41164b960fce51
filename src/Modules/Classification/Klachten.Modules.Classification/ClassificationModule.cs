using Klachten.BuildingBlocks.Application;
using Klachten.BuildingBlocks.Modules;
using Klachten.Modules.Classification.Application.Abstractions;
using Klachten.Modules.Classification.Contracts;
using Klachten.Modules.Classification.Endpoints;
using Klachten.Modules.Classification.Infrastructure.Persistence;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Klachten.Modules.Classification;

/// <summary>The Classification module's registration: the only public entry points besides its Contracts.</summary>
public static class ClassificationModule
{
    public const string Schema = "classification";

    public static IServiceCollection AddClassificationModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddModule(new ModuleDescriptor(ClassificationContracts.ModuleName, Schema, typeof(ClassificationModule).Assembly, typeof(ClassificationContracts).Assembly));
        services.AddScoped<IClassificationRepository, ClassificationRepository>();
        services.AddScoped<IReferenceListRepository, ReferenceListRepository>();
        services.AddScoped<IComplaintClassifications, ComplaintClassifications>();
        services.AddScoped<IIntegrationEventHistory, ClassificationEventHistory>();
        services.AddSingleton<IClassificationCodes, ClassificationCodes>();
        services.AddSingleton<IClassificationCounts, ClassificationCounts>();
        return services;
    }

    public static IEndpointRouteBuilder MapClassificationEndpoints(this IEndpointRouteBuilder endpoints)
    {
        ClassificationEndpoints.Map(endpoints.MapGroup("/api/classification").WithTags("Classification").RequireAuthorization());
        return endpoints;
    }
}

using Klachten.BuildingBlocks.Application;
using Klachten.BuildingBlocks.Application.Correspondence;
using Klachten.BuildingBlocks.Infrastructure.Mail;
using Klachten.BuildingBlocks.Modules;
using Klachten.BuildingBlocks.Web;
using Klachten.Modules.Handling.Application.Abstractions;
using Klachten.Modules.Handling.Contracts;
using Klachten.Modules.Handling.Endpoints;
using Klachten.Modules.Handling.Infrastructure.Correspondence;
using Klachten.Modules.Handling.Infrastructure.Letters;
using Klachten.Modules.Handling.Infrastructure.Persistence;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Klachten.Modules.Handling;

/// <summary>The Handling module's registration: the only public entry points besides its Contracts.</summary>
public static class HandlingModule
{
    public const string Schema = "handling";

    public static IServiceCollection AddHandlingModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddModule(new ModuleDescriptor(HandlingContracts.ModuleName, Schema, typeof(HandlingModule).Assembly, typeof(HandlingContracts).Assembly));
        services.AddOptions<HandlingOptions>().Bind(configuration.GetSection(HandlingOptions.SectionName));
        services.AddScoped<IHandlingCaseRepository, HandlingCaseRepository>();
        services.AddScoped<IHandlingCases, HandlingCases>();
        services.AddScoped<IPersonalDataEraser, CasePersonalDataEraser>();
        services.AddScoped<ISettlementDeadlineWatch, SettlementDeadlineWatch>();
        services.AddScoped<IIntegrationEventHistory, HandlingEventHistory>();
        services.AddScoped<IHandlingCounts, HandlingCountsReader>();
        services.AddScoped<ICorrespondenceRepository, CorrespondenceRepository>();
        services.AddOutgoingMail<HandlingOutgoingMail>();
        services.AddScoped<ICorrespondenceDispatch, CorrespondenceDispatch>();
        services.AddModuleCorrespondence<HandlingCorrespondence>(HandlingContracts.ModuleName, typeof(CorrespondenceKind),
            typeof(Domain.CorrespondenceChannel), typeof(Infrastructure.Correspondence.CorrespondenceStatus));
        services.AddNames(HandlingContracts.ModuleName, NameSets.Status, typeof(Domain.CaseStatus));
        services.AddNames(HandlingContracts.ModuleName, NameSets.ContactChannel, typeof(Domain.ContactChannel));
        services.AddSingleton<ILetterTemplates, DutchLetterTemplates>();
        return services;
    }

    public static IEndpointRouteBuilder MapHandlingEndpoints(this IEndpointRouteBuilder endpoints)
    {
        HandlingEndpoints.Map(endpoints.MapGroup("/api/handling").WithTags("Handling").RequireAuthorization());
        return endpoints;
    }
}

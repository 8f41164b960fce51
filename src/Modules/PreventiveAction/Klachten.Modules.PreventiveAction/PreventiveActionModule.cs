using Klachten.BuildingBlocks.Infrastructure.Mail;
using Klachten.BuildingBlocks.Modules;
using Klachten.Modules.PreventiveAction.Application.Abstractions;
using Klachten.Modules.PreventiveAction.Application.GetMeetingPack;
using Klachten.Modules.PreventiveAction.Contracts;
using Klachten.Modules.PreventiveAction.Endpoints;
using Klachten.Modules.PreventiveAction.Infrastructure.Correspondence;
using Klachten.Modules.PreventiveAction.Infrastructure.Documents;
using Klachten.Modules.PreventiveAction.Infrastructure.Letters;
using Klachten.Modules.PreventiveAction.Infrastructure.Persistence;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
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
        services.AddModule(new ModuleDescriptor(PreventiveActionContracts.ModuleName, Schema, typeof(PreventiveActionModule).Assembly,
            typeof(PreventiveActionContracts).Assembly));
        services.AddOptions<PreventiveActionOptions>().Bind(configuration.GetSection(PreventiveActionOptions.SectionName));
        services.AddScoped<IMeasureRepository, MeasureRepository>();
        services.AddScoped<IRecommendationRepository, RecommendationRepository>();
        services.AddScoped<IMeetingRepository, MeetingRepository>();
        services.AddScoped<ITrainingSessionRepository, TrainingSessionRepository>();
        services.AddScoped<ICorrespondenceRepository, CorrespondenceRepository>();
        services.AddScoped<IDeadlineWatch, DeadlineWatch>();
        services.AddOutgoingMail<PreventiveActionOutgoingMail>();
        services.AddScoped<ICorrespondenceDispatch, CorrespondenceDispatch>();
        services.AddSingleton<ILetterTemplates, DutchLetterTemplates>();
        services.AddSingleton<IMeetingPackRenderer, PdfMeetingPackRenderer>();
        return services;
    }

    public static IEndpointRouteBuilder MapPreventiveActionEndpoints(this IEndpointRouteBuilder endpoints)
    {
        PreventiveActionEndpoints.Map(endpoints.MapGroup("/api/preventive-action").WithTags("PreventiveAction").RequireAuthorization());
        return endpoints;
    }
}

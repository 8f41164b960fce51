using Klachten.BuildingBlocks.Infrastructure.Projections;
using Klachten.BuildingBlocks.Modules;
using Klachten.Modules.Analysis.Application.Abstractions;
using Klachten.Modules.Analysis.Application.GetYearFigures;
using Klachten.Modules.Analysis.Application.ListRegister;
using Klachten.Modules.Analysis.Contracts;
using Klachten.Modules.Analysis.Endpoints;
using Klachten.Modules.Analysis.Infrastructure;
using Klachten.Modules.Analysis.Infrastructure.Documents;
using Klachten.Modules.Analysis.Infrastructure.Persistence;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Klachten.Modules.Analysis;

/// <summary>The Analysis module's registration: the only public entry points besides its Contracts.</summary>
public static class AnalysisModule
{
    public const string Schema = "analysis";

    /// <summary>
    /// What a rebuild empties: only what the event handlers wrote (not publications, recommendations, file counts): the facts
    /// and the figure aggregates the facts' triggers keep (migration 0003), which the replayed upserts refill.
    /// </summary>
    internal static readonly string[] ProjectionTables = ["complaint_facts", "monthly_figures", "file_key_counts", "daily_counts"];

    public static IServiceCollection AddAnalysisModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddModule(new ModuleDescriptor(AnalysisContracts.ModuleName, Schema, typeof(AnalysisModule).Assembly, typeof(AnalysisContracts).Assembly));
        services.AddProjection(new ProjectionDescriptor(AnalysisContracts.ModuleName, ProjectionTables));
        services.AddOptions<AnalysisOptions>().Bind(configuration.GetSection(AnalysisOptions.SectionName));
        services.AddScoped<IComplaintFacts, ComplaintFacts>();
        services.AddSingleton<IFileKeys, FileKeys>();
        services.AddSingleton<IFigureReader, FigureReader>();
        services.AddScoped<IYearFigures, YearFigures>();
        services.AddScoped<RegisterReader>();
        services.AddScoped<IRecommendations, Recommendations>();
        services.AddScoped<IPublications, Publications>();
        services.AddScoped<IComplaintStatistics, ComplaintStatistics>();
        services.AddScoped<IPublishedAnalyses, PublishedAnalyses>();
        services.AddScoped<IAnalysisDocuments, AnalysisDocuments>();
        return services;
    }

    public static IEndpointRouteBuilder MapAnalysisEndpoints(this IEndpointRouteBuilder endpoints)
    {
        AnalysisEndpoints.Map(endpoints.MapGroup("/api/analysis").WithTags("Analysis").RequireAuthorization());
        return endpoints;
    }
}

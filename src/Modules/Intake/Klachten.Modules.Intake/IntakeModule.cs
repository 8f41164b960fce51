using Klachten.BuildingBlocks.Application;
using Klachten.BuildingBlocks.Application.Correspondence;
using Klachten.BuildingBlocks.Infrastructure.Mail;
using Klachten.BuildingBlocks.Modules;
using Klachten.BuildingBlocks.Web;
using Klachten.Modules.Intake.Application.Abstractions;
using Klachten.Modules.Intake.Contracts;
using Klachten.Modules.Intake.Endpoints;
using Klachten.Modules.Intake.Infrastructure.Correspondence;
using Klachten.Modules.Intake.Infrastructure.Letters;
using Klachten.Modules.Intake.Infrastructure.Persistence;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Klachten.Modules.Intake;

/// <summary>The Intake module's registration: the only public entry points besides its Contracts.</summary>
public static class IntakeModule
{
    public const string Schema = "intake";

    /// <summary>
    /// Registers Intake. Configuration section "Intake": AcknowledgementWorkingDays (4), SettlementDays (14),
    /// SettlementMovesToNextWorkingDay (true), AcknowledgementReminderWorkingDays (1). Letters are signed for the office profile
    /// (section "Office"). Collection agents, employees and the quality manager are mailed at the addresses of the staff
    /// directory (section "Staff").
    /// </summary>
    public static IServiceCollection AddIntakeModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddModule(new ModuleDescriptor(IntakeContracts.ModuleName, Schema, typeof(IntakeModule).Assembly, typeof(IntakeContracts).Assembly));
        services.AddOptions<IntakeOptions>().Bind(configuration.GetSection(IntakeOptions.SectionName))
            .Validate(o => o.AcknowledgementWorkingDays >= 0 && o.SettlementDays >= 0 && o.AcknowledgementReminderWorkingDays >= 0,
                "Intake term lengths must not be negative.")
            .ValidateOnStart();
        services.AddScoped<IComplaintRepository, ComplaintRepository>();
        services.AddScoped<IPersonalDataEraser, ComplaintPersonalDataEraser>();
        services.AddScoped<IIntegrationEventHistory, IntakeEventHistory>();
        services.AddScoped<IBatchItemWriter<ComplaintRegistration, string>, ComplaintRegistrationWriter>();
        services.AddSingleton<ExpectedReferenceCounters>();
        services.AddScoped<ICorrespondenceRepository, CorrespondenceRepository>();
        services.AddScoped<IComplaintDirectory, ComplaintDirectory>();
        services.AddScoped<IIntakeCounts, IntakeCountsReader>();
        services.AddScoped<IComplaintRegistrations, ComplaintRegistrations>();
        services.AddSingleton<ILetterTemplates, DutchLetterTemplates>();
        services.AddOutgoingMail<IntakeOutgoingMail>();
        services.AddScoped<ICorrespondenceDispatch, CorrespondenceDispatch>();
        services.AddModuleCorrespondence<IntakeCorrespondence>(IntakeContracts.ModuleName, typeof(Domain.CorrespondenceKind),
            typeof(Domain.CorrespondenceChannel), typeof(Domain.CorrespondenceStatus));
        services.AddNames(IntakeContracts.ModuleName, NameSets.Status, typeof(Application.ListComplaints.ComplaintStatus));
        services.AddSingleton<CorrespondenceQueue>();
        services.AddHostedService<CorrespondenceDeliveryService>();
        return services;
    }

    public static IEndpointRouteBuilder MapIntakeEndpoints(this IEndpointRouteBuilder endpoints)
    {
        IntakeEndpoints.Map(endpoints.MapGroup("/api/intake").WithTags("Intake").RequireAuthorization());
        return endpoints;
    }
}

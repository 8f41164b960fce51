using FluentValidation;
using Klachten.BuildingBlocks.Application;
using Klachten.BuildingBlocks.Infrastructure.Jobs;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace Klachten.BuildingBlocks.Modules;

public static class ModuleServiceCollectionExtensions
{
    /// <summary>
    /// Registers a module with the building blocks: its request handlers, validators, integration event
    /// handlers, recurring jobs and AutoMapper profiles, found once by scanning the module assembly.
    /// </summary>
    public static IServiceCollection AddModule(this IServiceCollection services, ModuleDescriptor module)
    {
        var registry = services.GetModuleRegistry();
        registry.Add(module);

        foreach (var type in module.ModuleAssembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false, IsGenericTypeDefinition: false }))
        {
            foreach (var contract in type.GetInterfaces())
            {
                if (contract.IsGenericType && contract.GetGenericTypeDefinition() == typeof(IRequestHandler<,>))
                {
                    services.AddScoped(contract, type);
                }
                else if (contract.IsGenericType && (contract.GetGenericTypeDefinition() == typeof(IIntegrationEventHandler<>)
                                                    || contract.GetGenericTypeDefinition() == typeof(IIntegrationEventBatchHandler<>)))
                {
                    services.AddScoped(type);
                    registry.AddEventHandler(contract.GetGenericArguments()[0], type);
                }
                else if (contract == typeof(IRecurringJob))
                {
                    services.AddScoped(typeof(IRecurringJob), type);
                }
            }
        }

        // Validators are stateless: built once, not per request (building a validator compiles its rules' expression trees).
        services.AddValidatorsFromAssembly(module.ModuleAssembly, ServiceLifetime.Singleton, includeInternalTypes: true);
        services.AddAutoMapper(_ => { }, module.ModuleAssembly);
        return services;
    }

    internal static ModuleRegistry GetModuleRegistry(this IServiceCollection services)
    {
        if (services.SingleOrDefault(d => d.ServiceType == typeof(ModuleRegistry))?.ImplementationInstance is ModuleRegistry existing)
        {
            return existing;
        }

        var registry = new ModuleRegistry();
        services.AddSingleton(registry);
        return registry;
    }
}

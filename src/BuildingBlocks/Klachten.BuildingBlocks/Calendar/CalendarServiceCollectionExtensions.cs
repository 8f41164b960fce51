using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Klachten.BuildingBlocks.Calendar;

public static class CalendarServiceCollectionExtensions
{
    public static IServiceCollection AddWorkingDayCalendar(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<WorkingDayCalendarOptions>()
            .Bind(configuration.GetSection(WorkingDayCalendarOptions.SectionName));
        services.TryAddSingleton<IWorkingDayCalendar, WorkingDayCalendar>();
        return services;
    }
}

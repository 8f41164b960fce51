using System.Text.Json;
using Hangfire;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace Klachten.Host.Startup;

internal static class HealthChecks
{
    private const string Ready = "ready";

    public static IServiceCollection AddKlachtenHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database", tags: [Ready])
            .AddCheck<JobStorageHealthCheck>("hangfire-storage", tags: [Ready]);
        return services;
    }

    /// <summary>Live: the process answers. Ready: it can reach the database and the job storage. Both anonymous, for probes.</summary>
    public static void MapKlachtenHealthChecks(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteAsync })
            .AllowAnonymous();
        endpoints.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains(Ready), ResponseWriter = WriteAsync })
            .AllowAnonymous();
    }

    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(JsonSerializer.Serialize(new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), e.Value.Description }),
        }, JsonSerializerOptions.Web));
    }

    private sealed class DatabaseHealthCheck(NpgsqlDataSource dataSource) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            try
            {
                await using var command = dataSource.CreateCommand("SELECT 1");
                await command.ExecuteScalarAsync(cancellationToken);
                return HealthCheckResult.Healthy();
            }
            catch (Exception exception) when (exception is NpgsqlException or TimeoutException or System.Net.Sockets.SocketException)
            {
                var reason = Klachten.BuildingBlocks.Web.DatabaseUnavailable.Reason(exception)
                    ?? (exception is PostgresException postgres ? $"it refuses the check ({postgres.SqlState})" : "it does not answer");
                return HealthCheckResult.Unhealthy($"The database cannot be reached: {reason}.", exception);
            }
        }
    }

    private sealed class JobStorageHealthCheck(JobStorage storage) : IHealthCheck
    {
        public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            try
            {
                using var connection = storage.GetConnection();
                connection.GetAllItemsFromSet("recurring-jobs");
                return Task.FromResult(HealthCheckResult.Healthy());
            }
            catch (Exception exception) when (exception is NpgsqlException or TimeoutException or InvalidOperationException)
            {
                var reason = Klachten.BuildingBlocks.Web.DatabaseUnavailable.Reason(exception) ?? "it does not answer";
                return Task.FromResult(HealthCheckResult.Unhealthy($"The Hangfire storage cannot be reached: {reason}.", exception));
            }
        }
    }
}

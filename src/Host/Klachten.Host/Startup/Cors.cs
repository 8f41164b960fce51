namespace Klachten.Host.Startup;

/// <summary>
/// The front end's origins (<c>Cors:Origins</c>, e.g. <c>https://klachten.kantoor.nl</c>; none by default, so no other site's
/// script may call the API from a browser). Bearer tokens travel in the Authorization header, never in cookies, so credentials
/// are not allowed. A script reads ETag (for If-Match), Retry-After (rate limits) and Location (what was created).
/// </summary>
internal static class Cors
{
    public const string PolicyName = "FrontEnd";

    public static IServiceCollection AddKlachtenCors(this IServiceCollection services, IConfiguration configuration)
    {
        var origins = configuration.GetSection("Cors:Origins").Get<string[]>() ?? [];
        services.AddCors(options => options.AddPolicy(PolicyName, policy => policy
            .WithOrigins([.. origins.Where(o => !string.IsNullOrWhiteSpace(o)).Select(o => o.Trim().TrimEnd('/'))])
            .WithMethods(HttpMethods.Get, HttpMethods.Post, HttpMethods.Put, HttpMethods.Delete)
            .WithHeaders("Authorization", "Content-Type", "If-Match", "Accept")
            .WithExposedHeaders("ETag", "Retry-After", "Location")
            .SetPreflightMaxAge(TimeSpan.FromMinutes(10))));
        return services;
    }
}

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Klachten.BuildingBlocks.Web;

/// <summary>
/// Headers on every answer, problem answers included: no content sniffing anywhere; the two HTML pages (the job dashboard and
/// the API reference) may not be framed and load nothing from elsewhere; nothing under /api is kept by a browser or proxy
/// cache, because those answers carry complaint data. (Kestrel's Server header is switched off in the host.)
/// </summary>
public static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
        + "font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'";

    private static readonly PathString[] HtmlPages = ["/hangfire", "/api-reference"];

    public static IApplicationBuilder UseKlachtenSecurityHeaders(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            // Read now: the dashboard moves its prefix from Path to PathBase before the answer starts.
            var path = context.Request.PathBase.Add(context.Request.Path);
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.XContentTypeOptions = "nosniff";
                headers["Referrer-Policy"] = "no-referrer";
                if (HtmlPages.Any(page => path.StartsWithSegments(page)))
                {
                    headers.XFrameOptions = "DENY";
                    headers.ContentSecurityPolicy = ContentSecurityPolicy;
                }

                if (path.StartsWithSegments("/api"))
                {
                    headers.CacheControl = "no-store";
                    headers.Pragma = "no-cache";
                }

                headers.Remove("Server");
                return Task.CompletedTask;
            });
            return next(context);
        });
}

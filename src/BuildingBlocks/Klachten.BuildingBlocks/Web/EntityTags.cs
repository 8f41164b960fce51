using System.Globalization;
using Klachten.BuildingBlocks.Application;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Klachten.BuildingBlocks.Web;

/// <summary>
/// The HTTP side of <see cref="IResourceVersion"/> (ADR 0018): <see cref="WithETag{TBuilder}"/> on an endpoint (or a group)
/// parses its If-Match into the request's expected version and writes the version the request answered as its ETag. The
/// OpenAPI document shows both headers and the 412 of a change from the same metadata.
/// </summary>
public static class EntityTags
{
    public const string IfMatchDescription = "The ETag of the resource as you read it. The change is made only when the resource is still "
        + "at that version, else 412 stale_version and nothing changes. Without If-Match the change applies to what is there now.";

    public const string ETagDescription = "The resource's version after this request: send it as If-Match with your next change.";

    public static TBuilder WithETag<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder
    {
        builder.WithMetadata(new VersionedResourceMetadata());
        builder.AddEndpointFilter(async (context, next) =>
        {
            var http = context.HttpContext;
            var version = http.RequestServices.GetRequiredService<IResourceVersion>();
            version.Expect(ParseIfMatch(http.Request.Headers.IfMatch.ToString()));
            var result = await next(context);
            if (version.Current is { } current)
            {
                http.Response.Headers.ETag = Format(current);
            }

            return result;
        });
        return builder;
    }

    /// <summary>A version as an entity tag: <c>"7"</c> (strong: the version names the whole representation).</summary>
    public static string Format(int version) => $"\"{version.ToString(CultureInfo.InvariantCulture)}\"";

    /// <summary>
    /// The version an If-Match names; null when there is none (or <c>*</c>: any version). One strong tag as this API gives it out;
    /// anything else is a 400 naming the header, since guessing could let a change through that the caller meant to guard.
    /// </summary>
    public static int? ParseIfMatch(string? header)
    {
        var value = header?.Trim();
        if (string.IsNullOrEmpty(value) || value == "*")
        {
            return null;
        }

        if (value.Length > 2 && value[0] == '"' && value[^1] == '"'
            && int.TryParse(value.AsSpan(1, value.Length - 2), NumberStyles.None, CultureInfo.InvariantCulture, out var version))
        {
            return version;
        }

        throw new RequestValidationException(
            new Dictionary<string, string[]> { ["If-Match"] = ["If-Match must be one ETag as this API gave it, e.g. \"3\" (with the quotes)."] },
            new Dictionary<string, string[]> { ["If-Match"] = ["invalid_if_match"] });
    }
}

/// <summary>Endpoint metadata: the endpoint answers an ETag and (for a change) takes If-Match.</summary>
public sealed class VersionedResourceMetadata;

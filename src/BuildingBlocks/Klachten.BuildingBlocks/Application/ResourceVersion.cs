namespace Klachten.BuildingBlocks.Application;

/// <summary>
/// Optimistic concurrency for one request (ADR 0018). A resource that can be changed has a row version, an integer its
/// module increments with every change; the API shows it as the ETag and takes it back as If-Match. The web edge puts the
/// If-Match into <see cref="Expected"/>; the module's repository checks it in the database, under the row lock and in the
/// UPDATE itself (<c>WHERE version = @expected</c>), and answers the version the resource now has with <see cref="Answer"/>.
/// A request without If-Match is allowed (it changes what is there now, as before).
/// </summary>
public interface IResourceVersion
{
    /// <summary>The version the caller's If-Match names; null when it sent none.</summary>
    int? Expected { get; }

    /// <summary>The version of the resource as this request read or left it: the answer's ETag.</summary>
    int? Current { get; }

    void Expect(int? version);

    void Answer(int version);
}

public static class ResourceVersionRules
{
    public const string StaleVersion = "stale_version";

    /// <summary>The version an UPDATE must find: the caller's when it sent one, else the one just loaded.</summary>
    public static int ExpectedOr(this IResourceVersion version, int loaded) => version.Expected ?? loaded;

    /// <summary>
    /// Refuses (412) a change whose If-Match is not the version just loaded under the row lock, before any rule of the
    /// procedure answers: a caller who read an older state is told to reload rather than that the step is not allowed.
    /// Answers the loaded version as the ETag of the request until a change answers a newer one.
    /// </summary>
    public static void EnsureCurrent(this IResourceVersion version, int loaded, string what)
    {
        if (version.Expected is { } expected && expected != loaded)
        {
            throw Stale(what);
        }

        version.Answer(loaded);
    }

    /// <summary>The refusal for an UPDATE that found no row at the expected version.</summary>
    public static StaleVersionException Stale(string what) =>
        new($"{what} was changed since you read it (If-Match): read it again, and decide again on what it is now.");
}

/// <summary>The If-Match of a change names a version the resource no longer has: becomes 412 with code 'stale_version'.</summary>
public sealed class StaleVersionException(string message) : Exception(message);

internal sealed class ResourceVersion : IResourceVersion
{
    public int? Expected { get; private set; }

    public int? Current { get; private set; }

    public void Expect(int? version) => Expected = version;

    public void Answer(int version) => Current = version;
}

using System.ComponentModel;

namespace Klachten.BuildingBlocks.Web;

/// <summary>
/// A request's free text that is written word for word into a letter to the complainant; the API document says so, so that
/// nobody types an internal note there.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class ReachesComplainantAttribute(string what)
    : DescriptionAttribute($"{what} Reaches the complainant: written word for word into the letter to them, in Dutch.");

/// <summary>A request's free text for the office only: the API document says that it never reaches the complainant.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class InternalTextAttribute(string what)
    : DescriptionAttribute($"{what} Internal: for the office only, never in a letter to the complainant.");

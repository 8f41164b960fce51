using System.ComponentModel;
using System.Reflection;

namespace Klachten.BuildingBlocks.Web;

/// <summary>
/// A text value (or each item of a list of text) that is one of a closed set of names: a request's field or query value (it
/// travels as text so that a wrong one is named in the 400 together with every other bad field), or an answer's names such as
/// allowedActions. The API document lists the names as the schema's enum, so that a generated client types them as a union.
/// </summary>
/// <param name="namesTypes">
/// Where the names come from (several: the names of each, as a complaint's allowedActions gather every module's). Each an enum
/// (its names), or the class that defines the names: those of its public string constants and public static values
/// that carry a Name (as Handling's CaseStep) that say what they mean with <c>[Description]</c>, in declaration order. (A
/// constant without one, such as Roles.SeeAllComplaintsList, is no name of the set.)
/// </param>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class OneOfAttribute(params Type[] namesTypes) : Attribute
{
    public IReadOnlyList<AllowedName> Allowed { get; } = [.. namesTypes.SelectMany(AllowedName.Of).DistinctBy(a => a.Name)];

    public IReadOnlyList<string> Names => [.. Allowed.Select(a => a.Name)];
}

/// <summary>One of a closed set of names and what it means (null where its definition does not say).</summary>
public sealed record AllowedName(string Name, string? Description)
{
    /// <summary>The names <paramref name="type"/> defines, as <see cref="OneOfAttribute"/> reads them.</summary>
    public static IReadOnlyList<AllowedName> Of(Type type)
    {
        var fields = type.GetFields(BindingFlags.Public | BindingFlags.Static);
        var names = type.IsEnum
            ? [.. fields.Select(f => new AllowedName(f.Name, DescriptionOf(f)))]
            : fields.Where(f => DescriptionOf(f) is not null)
                .Select(f => NameOf(f) is { } name ? new AllowedName(name, DescriptionOf(f)) : null).OfType<AllowedName>().ToList();
        return names.Count > 0 ? names : throw new ArgumentException($"{type.Name} defines no names.", nameof(type));
    }

    private static string? NameOf(FieldInfo field) => field.GetValue(null) switch
    {
        string text => text,
        { } value when value.GetType() == field.FieldType && field.FieldType.GetProperty("Name")?.GetValue(value) is string name => name,
        _ => null,
    };

    private static string? DescriptionOf(FieldInfo field) => field.GetCustomAttribute<DescriptionAttribute>()?.Description;
}

namespace Klachten.BuildingBlocks.Web;

/// <summary>
/// A request's text field whose value must be one of an enum's names. Requests take such values as text so that a wrong one is
/// named in the 400 together with every other bad field; this attribute lets the API document list the allowed values.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class OneOfAttribute(Type enumType) : Attribute
{
    public Type EnumType { get; } = enumType;

    public IReadOnlyList<string> Names { get; } = enumType.IsEnum
        ? Enum.GetNames(enumType)
        : throw new ArgumentException($"{enumType.Name} is not an enum.", nameof(enumType));
}

using FluentValidation;

namespace Klachten.BuildingBlocks.Application;

/// <summary>
/// The one rule for a value that names an enum member, in a body or a query: the member's name in any letter case
/// ("open" is Open), surrounding spaces ignored. Numbers ("1") and flag lists ("Open,Closed"), which Enum.TryParse takes, are not names.
/// </summary>
public static class EnumNames
{
    public static bool TryParse<TEnum>(string? value, out TEnum result) where TEnum : struct, Enum
    {
        if (value is not null)
        {
            var trimmed = value.Trim();
            foreach (var candidate in Enum.GetValues<TEnum>())
            {
                if (string.Equals(candidate.ToString(), trimmed, StringComparison.OrdinalIgnoreCase))
                {
                    result = candidate;
                    return true;
                }
            }
        }

        result = default;
        return false;
    }

    public static bool IsName<TEnum>(string? value) where TEnum : struct, Enum => TryParse<TEnum>(value, out _);

    /// <summary>The member a validated value names; absent (null or blank) is null.</summary>
    public static TEnum? ParseOptional<TEnum>(string? value) where TEnum : struct, Enum =>
        string.IsNullOrWhiteSpace(value) ? null : Parse<TEnum>(value);

    /// <summary>The member a validated value names.</summary>
    public static TEnum Parse<TEnum>(string? value) where TEnum : struct, Enum =>
        TryParse<TEnum>(value, out var result) ? result : throw new FormatException($"'{value}' is not a {typeof(TEnum).Name}.");

    /// <summary>The member of <typeparamref name="TTo"/> named as <paramref name="value"/> is: a domain enum to its Contracts twin.</summary>
    public static TTo SameName<TTo>(Enum value) where TTo : struct, Enum => Parse<TTo>(value.ToString());

    public static string List<TEnum>() where TEnum : struct, Enum => string.Join(", ", Enum.GetNames<TEnum>());

    /// <summary>A required enum name: "Must be one of: A, B, C."</summary>
    public static IRuleBuilderOptions<T, string?> EnumName<T, TEnum>(this IRuleBuilder<T, string?> rule) where TEnum : struct, Enum =>
        rule.Must(IsName<TEnum>).WithMessage($"Must be one of: {List<TEnum>()}.");

    /// <summary>An optional enum name: absent or blank is allowed.</summary>
    public static IRuleBuilderOptions<T, string?> OptionalEnumName<T, TEnum>(this IRuleBuilder<T, string?> rule) where TEnum : struct, Enum =>
        rule.Must(value => string.IsNullOrWhiteSpace(value) || IsName<TEnum>(value)).WithMessage($"Must be one of: {List<TEnum>()}.");
}

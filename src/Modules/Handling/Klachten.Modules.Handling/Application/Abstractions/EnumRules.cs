using FluentValidation;

namespace Klachten.Modules.Handling.Application.Abstractions;

internal static class EnumRules
{
    /// <summary>Request enums travel as strings so that an unknown value is reported with every other bad field.</summary>
    public static IRuleBuilderOptions<T, string?> IsEnumName<T, TEnum>(this IRuleBuilder<T, string?> rule) where TEnum : struct, Enum =>
        rule.NotEmpty().Must(value => value is null || (Enum.TryParse<TEnum>(value, ignoreCase: false, out _) && !int.TryParse(value, out _)))
            .WithMessage($"Must be one of: {string.Join(", ", Enum.GetNames<TEnum>())}.");
}

using System.Globalization;
using FluentValidation;

namespace Klachten.BuildingBlocks.Application;

/// <summary>
/// Query-string values arrive as text and are checked by the query's validator, so that every bad one is named in one 400
/// together with the other bad fields (framework binding stops at the first and names none). Dates are yyyy-MM-dd only:
/// "02-03-2026" is not silently read as 3 February. An empty value counts as absent.
/// </summary>
public static class QueryValues
{
    public static bool IsDate(string? value) => IsAbsent(value) || TryDate(value!, out _);

    public static DateOnly? Date(string? value) =>
        IsAbsent(value) ? null : TryDate(value!, out var date) ? date : throw new FormatException($"'{value}' is not a date yyyy-MM-dd.");

    public static bool IsWholeNumber(string? value, int min, int max) =>
        IsAbsent(value) || (TryWholeNumber(value!, out var number) && number >= min && number <= max);

    public static int WholeNumber(string? value, int absent) =>
        IsAbsent(value) ? absent : TryWholeNumber(value!, out var number) ? number : throw new FormatException($"'{value}' is not a whole number.");

    public static bool IsBoolean(string? value) => IsAbsent(value) || bool.TryParse(value, out _);

    public static bool? Boolean(string? value) => IsAbsent(value) ? null : bool.Parse(value!);

    private static bool IsAbsent(string? value) => string.IsNullOrWhiteSpace(value);

    private static bool TryDate(string value, out DateOnly date) =>
        DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    private static bool TryWholeNumber(string value, out int number) =>
        int.TryParse(value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out number);
}

/// <summary>FluentValidation rules for the text query values of <see cref="QueryValues"/>.</summary>
public static class QueryValueRules
{
    public static IRuleBuilderOptions<T, string?> IsoDate<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(QueryValues.IsDate).WithMessage("'{PropertyValue}' is not a date; use yyyy-MM-dd.");

    public static IRuleBuilderOptions<T, string?> WholeNumber<T>(this IRuleBuilder<T, string?> rule, int min, int max) =>
        rule.Must(value => QueryValues.IsWholeNumber(value, min, max)).WithMessage($"Must be a whole number from {min} to {max}.");

    public static IRuleBuilderOptions<T, string?> TrueOrFalse<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(QueryValues.IsBoolean).WithMessage("Must be true or false.");
}

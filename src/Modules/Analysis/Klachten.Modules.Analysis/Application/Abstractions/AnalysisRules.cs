using FluentValidation;
using Klachten.BuildingBlocks.Application;
using Klachten.BuildingBlocks.Calendar;
using Klachten.Modules.Classification.Contracts;

namespace Klachten.Modules.Analysis.Application.Abstractions;

/// <summary>The module's shared input rules: a year, a period, a category or root cause code, each named in the 400.</summary>
internal static class AnalysisRules
{
    public const int FirstYear = 2000;

    /// <summary>The last year the figures may be asked for: this year (Amsterdam).</summary>
    public static int LastYear(TimeProvider time) => AmsterdamTime.LocalDate(time.GetUtcNow()).Year;

    public static IRuleBuilderOptions<T, string?> Year<T>(this IRuleBuilder<T, string?> rule, TimeProvider time) =>
        rule.NotEmpty().WithMessage("Give a year.")
            .Must(value => QueryValues.IsWholeNumber(value, FirstYear, LastYear(time)))
            .WithMessage((_, value) => $"'{Quote(value)}' is not a year from {FirstYear} to {LastYear(time)}.");

    public static void PeriodRules<T>(this AbstractValidator<T> validator, Func<T, string?> from, Func<T, string?> to, TimeProvider time)
    {
        validator.RuleFor(q => from(q)).IsoDate().OverridePropertyName("from").DependentRules(() =>
            validator.RuleFor(q => from(q)).Must(v => InRange(QueryValues.Date(v), time)).OverridePropertyName("from")
                .WithMessage((_, v) => $"'{Quote(v)}' lies outside the years {FirstYear} to {LastYear(time)}."));
        validator.RuleFor(q => to(q)).IsoDate().OverridePropertyName("to").DependentRules(() =>
            validator.RuleFor(q => to(q)).Must(v => InRange(QueryValues.Date(v), time)).OverridePropertyName("to")
                .WithMessage((_, v) => $"'{Quote(v)}' lies outside the years {FirstYear} to {LastYear(time)}."));
        validator.RuleFor(q => to(q))
            .Must((q, t) => QueryValues.Date(t) >= QueryValues.Date(from(q)))
            .When(q => QueryValues.IsDate(from(q)) && QueryValues.IsDate(to(q)) && QueryValues.Date(from(q)) is not null
                && QueryValues.Date(to(q)) is not null)
            .OverridePropertyName("to")
            .WithMessage((q, t) => $"from '{Quote(from(q))}' lies after to '{Quote(t)}'.");
    }

    public static IRuleBuilderOptions<T, string?> KnownCategory<T>(this IRuleBuilder<T, string?> rule, IClassificationCodes codes) =>
        rule.MustAsync(async (value, ct) => string.IsNullOrWhiteSpace(value) || (await codes.CategoriesAsync(ct)).Any(c => Same(c.Code, value)))
            .WithMessage((_, value) => $"'{Quote(value)}' is not a known category.");

    public static IRuleBuilderOptions<T, string?> KnownRootCause<T>(this IRuleBuilder<T, string?> rule, IClassificationCodes codes) =>
        rule.MustAsync(async (value, ct) => string.IsNullOrWhiteSpace(value) || (await codes.RootCausesAsync(ct)).Any(c => Same(c.Code, value)))
            .WithMessage((_, value) => $"'{Quote(value)}' is not a known root cause.");

    /// <summary>A value echoed in a message, cut short: a 100,000-character value must not come back whole.</summary>
    public static string Quote(string? value) => value is null ? "" : value.Length <= 100 ? value : value[..100] + "…";

    private static bool Same(string code, string? value) => string.Equals(code, value?.Trim(), StringComparison.OrdinalIgnoreCase);

    private static bool InRange(DateOnly? date, TimeProvider time) => date is null || (date.Value.Year >= FirstYear && date.Value.Year <= LastYear(time));
}

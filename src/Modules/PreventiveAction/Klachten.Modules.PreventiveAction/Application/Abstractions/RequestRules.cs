using FluentValidation;
using Klachten.BuildingBlocks.Application;

namespace Klachten.Modules.PreventiveAction.Application.Abstractions;

/// <summary>The module's field rules, once: request values arrive as text and every bad one is named in one 400.</summary>
internal static class RequestRules
{
    public static IRuleBuilderOptions<T, string?> RequiredText<T>(this IRuleBuilder<T, string?> rule, int maxLength) =>
        rule.Must(v => !string.IsNullOrWhiteSpace(v)).WithMessage("Required.").MaximumLength(maxLength);

    public static IRuleBuilderOptions<T, string?> RequiredDate<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(v => !string.IsNullOrWhiteSpace(v)).WithMessage("Required (yyyy-MM-dd).").IsoDate();

    public static IRuleBuilderOptions<T, string?> OptionalGuid<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(v => string.IsNullOrWhiteSpace(v) || Guid.TryParse(v.Trim(), out _)).WithMessage("Must be an id (a GUID).");

    public static IRuleBuilderOptions<T, string?> Colleague<T>(this IRuleBuilder<T, string?> rule, IStaffDirectory staff) =>
        rule.Must(v => v is not null && UserNames.IsValid(v.Trim()) && staff.IsColleague(v.Trim()))
            .WithMessage($"Must be {UserNames.Description}.");

    public static void Codes<T>(this IRuleBuilder<T, IReadOnlyList<string>?> rule) =>
        rule.Must(codes => codes is null || (codes.Count <= 50 && codes.All(c => !string.IsNullOrWhiteSpace(c) && c.Trim().Length <= Texts.Code)))
            .WithMessage($"At most 50 codes, each 1 to {Texts.Code} characters.");

    public static Guid? GuidOrNull(string? value) => string.IsNullOrWhiteSpace(value) ? null : Guid.Parse(value.Trim());

    public static IReadOnlyList<string>? CodesOrNull(IReadOnlyList<string>? codes) =>
        codes?.Select(c => c.Trim()).Distinct(StringComparer.Ordinal).ToList();

    public static DateOnly Date(string? value) => QueryValues.Date(value) ?? throw new FormatException("A validated date is missing.");
}

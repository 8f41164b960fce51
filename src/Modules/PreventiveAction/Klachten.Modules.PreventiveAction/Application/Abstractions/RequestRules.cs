using FluentValidation;
using Klachten.BuildingBlocks.Application;

namespace Klachten.Modules.PreventiveAction.Application.Abstractions;

/// <summary>
/// The module's field rules, once: request values arrive as text and every bad one is named in one 400, with our message and a
/// stable errorCode. Single-line fields (titles, user names, codes, topics) and multi-line texts (descriptions, reasoning, notes,
/// minutes) follow the building blocks' <see cref="CleanText"/> rules.
/// </summary>
internal static class RequestRules
{
    public const int UserNameMax = 100;
    public const int MaxParticipants = 200;
    public const int MaxCodes = 50;

    public static void RequiredLine<T>(this IRuleBuilder<T, string?> rule, int maxLength) =>
        rule.Must(v => !string.IsNullOrWhiteSpace(v)).WithMessage("This field is required.").WithErrorCode("required")
            .MaximumLength(maxLength).SingleLineText();

    public static void OptionalLine<T>(this IRuleBuilder<T, string?> rule, int maxLength) =>
        rule.MaximumLength(maxLength).SingleLineText();

    public static void RequiredText<T>(this IRuleBuilder<T, string?> rule, int maxLength) =>
        rule.Must(v => !string.IsNullOrWhiteSpace(v)).WithMessage("This field is required.").WithErrorCode("required")
            .MaximumLength(maxLength).MultiLineText();

    public static void OptionalText<T>(this IRuleBuilder<T, string?> rule, int maxLength) =>
        rule.MaximumLength(maxLength).MultiLineText();

    public static IRuleBuilderOptions<T, string?> RequiredDate<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(v => !string.IsNullOrWhiteSpace(v)).WithMessage("This field is required: a date yyyy-MM-dd.").WithErrorCode("required")
            .Must(QueryValues.IsDate)
            .WithMessage("'{PropertyValue}' is not a date; use yyyy-MM-dd, e.g. 2026-03-02.").WithErrorCode("not_a_date");

    public static IRuleBuilderOptions<T, string?> OptionalGuid<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(v => string.IsNullOrWhiteSpace(v) || Guid.TryParse(v.Trim(), out _))
            .WithMessage("Must be an id (a GUID such as 0195f7a2-3c4d-7e8f-9a0b-1c2d3e4f5a6b).").WithErrorCode("not_an_id");

    public static IRuleBuilderOptions<T, string?> Choice<T, TEnum>(this IRuleBuilder<T, string?> rule) where TEnum : struct, Enum =>
        rule.EnumName<T, TEnum>().WithErrorCode("not_one_of");

    public static IRuleBuilderOptions<T, string?> OptionalChoice<T, TEnum>(this IRuleBuilder<T, string?> rule) where TEnum : struct, Enum =>
        rule.OptionalEnumName<T, TEnum>().WithErrorCode("not_one_of");

    /// <summary>A colleague's user name (required): one line, a valid user name, someone of the office.</summary>
    public static void Colleague<T>(this IRuleBuilder<T, string?> rule, IStaffDirectory staff) =>
        rule.Must(v => !string.IsNullOrWhiteSpace(v)).WithMessage("This field is required.").WithErrorCode("required")
            .MaximumLength(UserNameMax)
            .Must(v => string.IsNullOrWhiteSpace(v) || !CleanText.IsSingleLine(v)
                || (UserNames.IsValid(v.Trim()) && staff.IsColleague(v.Trim())))
            .WithMessage($"Must be {UserNames.Description}.").WithErrorCode("not_a_colleague")
            .SingleLineText();

    /// <summary>A list of participants: at least one, at most <see cref="MaxParticipants"/>.</summary>
    public static void Participants<T>(this IRuleBuilder<T, IReadOnlyList<string>?> rule) =>
        rule.Must(p => p is { Count: > 0 }).WithMessage("Name at least one participant.").WithErrorCode("required")
            .Must(p => p is null || p.Count <= MaxParticipants).WithMessage($"At most {MaxParticipants} participants.")
            .WithErrorCode("too_many");

    /// <summary>Classification codes (categories, root causes): optional, at most 50, each one line of 1 to 100 characters.</summary>
    public static void Codes<T>(this IRuleBuilder<T, IReadOnlyList<string>?> rule) =>
        rule.Must(codes => codes is null || codes.Count <= MaxCodes).WithMessage($"At most {MaxCodes} codes.").WithErrorCode("too_many");

    public static void Code<T>(this IRuleBuilder<T, string> rule) =>
        ((IRuleBuilder<T, string?>)rule).Must(c => !string.IsNullOrWhiteSpace(c)).WithMessage("A code cannot be empty.")
            .WithErrorCode("required")
            .Must(c => c is null || c.Trim().Length <= Texts.Code).WithMessage($"At most {Texts.Code} characters.")
            .WithErrorCode("too_long")
            .SingleLineText();

    /// <summary>A participant's user name in a list (required, one line, at most <see cref="UserNameMax"/> characters).</summary>
    public static void UserNameEntry<T>(this IRuleBuilder<T, string> rule) =>
        ((IRuleBuilder<T, string?>)rule).Must(c => !string.IsNullOrWhiteSpace(c)).WithMessage("This field is required.")
            .WithErrorCode("required").MaximumLength(UserNameMax).SingleLineText();
}

/// <summary>How <c>ToCommand</c> turns validated text into typed values: trimmed, in Unicode normal form C, blanks as absent.</summary>
internal static class RequestText
{
    public static string Required(string? value) =>
        CleanText.Normalize(value?.Trim()) ?? throw new InvalidOperationException("A validated text is missing.");

    public static string? Optional(string? value) => string.IsNullOrWhiteSpace(value) ? null : CleanText.Normalize(value.Trim());

    public static DateOnly Date(string? value) =>
        QueryValues.Date(value) ?? throw new InvalidOperationException("A validated date is missing.");

    public static Guid? OptionalGuid(string? value) => string.IsNullOrWhiteSpace(value) ? null : Guid.Parse(value.Trim());

    public static IReadOnlyList<string>? Codes(IReadOnlyList<string>? codes) =>
        codes?.Select(Required).Distinct(StringComparer.Ordinal).ToList();

    public static IReadOnlyList<string> UserNames(IReadOnlyList<string>? names) =>
        (names ?? []).Select(Required).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
}

using System.Globalization;
using System.Text;
using FluentValidation;

namespace Klachten.BuildingBlocks.Application;

/// <summary>
/// What a text field may hold, once for every module. Text ends up in letters, e-mails and the register, where an invisible
/// character does harm: a line break in a name adds a line to a letter ("Evil⏎Bcc: ..."), a right-to-left override turns
/// what a reader sees around, and a zero-width space makes a file number look like an existing one while counting as another.
/// <list type="bullet">
/// <item>Single-line fields (names, file numbers, references, user names): no line breaks or tabs, no control characters
/// (Cc), no format characters (Cf: bidi controls, zero-width space/joiners, BOM, soft hyphen), no line or paragraph
/// separators, no private-use, unassigned or noncharacter code points (U+FFFE, U+FFFF, U+FDD0–U+FDEF), no lone surrogates.</item>
/// <item>Multi-line texts (descriptions, notes): the same, except that line feed, carriage return and tab are allowed.</item>
/// </list>
/// Accepted text is stored in Unicode normal form C (<see cref="Normalize"/>), so that "é" typed as one or as two code points
/// is one value for comparisons and searches.
/// </summary>
public static class CleanText
{
    public const string SingleLineDescription =
        "one line of visible text: no line breaks, tabs, control characters or invisible formatting characters";

    public const string MultiLineDescription =
        "visible text with line breaks: no control characters other than line breaks and tabs, no invisible formatting characters";

    /// <summary>Null when the value is acceptable as one line; otherwise what is wrong, naming the first bad character.</summary>
    public static string? SingleLineProblem(string? value) => Problem(value, allowLineBreaks: false);

    /// <summary>Null when the value is acceptable as a multi-line text; otherwise what is wrong.</summary>
    public static string? MultiLineProblem(string? value) => Problem(value, allowLineBreaks: true);

    public static bool IsSingleLine(string? value) => SingleLineProblem(value) is null;

    public static bool IsMultiLine(string? value) => MultiLineProblem(value) is null;

    /// <summary>The value in normal form C; null stays null. Only for values that passed one of the rules.</summary>
    public static string? Normalize(string? value) =>
        value is null || value.IsNormalized(NormalizationForm.FormC) ? value : value.Normalize(NormalizationForm.FormC);

    private static string? Problem(string? value, bool allowLineBreaks)
    {
        if (value is null)
        {
            return null;
        }

        for (var index = 0; index < value.Length; index++)
        {
            var character = value[index];
            if (allowLineBreaks && character is '\n' or '\r' or '\t')
            {
                continue;
            }

            int codePoint;
            if (char.IsHighSurrogate(character) && index + 1 < value.Length && char.IsLowSurrogate(value[index + 1]))
            {
                codePoint = char.ConvertToUtf32(character, value[index + 1]);
            }
            else if (char.IsSurrogate(character))
            {
                return $"The text contains a lone surrogate (\\u{(int)character:x4}) at position {index + 1}, which is not a character.";
            }
            else
            {
                codePoint = character;
            }

            if (Refused(codePoint) is { } what)
            {
                return $"The text contains {what} (U+{codePoint:X4}) at position {index + 1}; "
                    + (allowLineBreaks ? "only visible characters, line breaks and tabs are allowed." : "only one line of visible characters is allowed.");
            }

            if (codePoint > 0xFFFF)
            {
                index++;
            }
        }

        return null;
    }

    private static string? Refused(int codePoint)
    {
        if ((codePoint & 0xFFFE) == 0xFFFE || codePoint is >= 0xFDD0 and <= 0xFDEF)
        {
            return "a noncharacter";
        }

        return CharUnicodeInfo.GetUnicodeCategory(codePoint) switch
        {
            UnicodeCategory.Control when codePoint is '\n' or '\r' or 0x85 => "a line break",
            UnicodeCategory.Control => "a control character",
            UnicodeCategory.Format => codePoint switch
            {
                0xFEFF => "a byte order mark",
                >= 0x202A and <= 0x202E or >= 0x2066 and <= 0x2069 or 0x200E or 0x200F or 0x061C => "a text direction control",
                >= 0x200B and <= 0x200D or 0x2060 => "a zero-width character",
                _ => "an invisible formatting character",
            },
            UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator => "a line break",
            UnicodeCategory.PrivateUse => "a private-use character",
            UnicodeCategory.OtherNotAssigned => "an unassigned code point",
            _ => null,
        };
    }
}

/// <summary>FluentValidation rules for <see cref="CleanText"/>; a null value passes (whether a field is required is its own rule).</summary>
public static class CleanTextRules
{
    public static IRuleBuilderOptionsConditions<T, string?> SingleLineText<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Custom((value, context) =>
        {
            if (CleanText.SingleLineProblem(value) is { } problem)
            {
                context.AddFailure(problem);
            }
        });

    public static IRuleBuilderOptionsConditions<T, string?> MultiLineText<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Custom((value, context) =>
        {
            if (CleanText.MultiLineProblem(value) is { } problem)
            {
                context.AddFailure(problem);
            }
        });
}

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

    /// <summary>
    /// The value in normal form C; null stays null. Meant for values that passed one of the rules; a value that cannot be
    /// normalised (a lone surrogate, which the rules refuse) is returned as it is, so that building a command never throws.
    /// </summary>
    [return: System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(value))]
    public static string? Normalize(string? value)
    {
        try
        {
            return value is null || value.IsNormalized(NormalizationForm.FormC) ? value : value.Normalize(NormalizationForm.FormC);
        }
        catch (ArgumentException)
        {
            return value;
        }
    }

    /// <summary>
    /// A value for one line of a letter that no rule checked (a row stored before the rules, a name from configuration):
    /// every character a single-line field refuses is left out, and a line break or tab becomes one space, so the value can
    /// never add a line to the letter or turn its text around. NFC. Null stays null.
    /// </summary>
    [return: System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(value))]
    public static string? ForLetterLine(string? value) => Cleaned(value, allowLineBreaks: false);

    /// <summary>The same for a multi-line text of a letter: line breaks and tabs stay (U+0085, U+2028 and U+2029 become a line feed), nothing else invisible.</summary>
    [return: System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(value))]
    public static string? ForLetterText(string? value) => Cleaned(value, allowLineBreaks: true);

    private static string? Cleaned(string? value, bool allowLineBreaks)
    {
        if (value is null || Problem(value, allowLineBreaks) is null)
        {
            return Normalize(value);
        }

        var text = new StringBuilder(value.Length);
        for (var index = 0; index < value.Length; index++)
        {
            var character = value[index];
            if (allowLineBreaks && character is '\n' or '\r' or '\t')
            {
                text.Append(character);
            }
            else if (character is '\n' or '\r' or '\t' or '\u0085' or '\u2028' or '\u2029')
            {
                // One space for a line break, also for CR LF.
                if (!(character == '\n' && index > 0 && value[index - 1] == '\r'))
                {
                    text.Append(allowLineBreaks ? '\n' : ' ');
                }
            }
            else if (char.IsHighSurrogate(character) && index + 1 < value.Length && char.IsLowSurrogate(value[index + 1]))
            {
                if (Refused(char.ConvertToUtf32(character, value[index + 1])) is null)
                {
                    text.Append(character).Append(value[index + 1]);
                }

                index++;
            }
            else if (!char.IsSurrogate(character) && Refused(character) is null)
            {
                text.Append(character);
            }
        }

        return Normalize(text.ToString());
    }

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

/// <summary>
/// FluentValidation rules for <see cref="CleanText"/>; a null value passes (whether a field is required is its own rule). The
/// error codes: not_single_line (a single-line field) and invisible_character (a multi-line text).
/// </summary>
public static class CleanTextRules
{
    public const string NotSingleLine = "not_single_line";
    public const string InvisibleCharacter = "invisible_character";

    public static IRuleBuilderOptionsConditions<T, string?> SingleLineText<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Custom((value, context) => Report(context, CleanText.SingleLineProblem(value), NotSingleLine));

    public static IRuleBuilderOptionsConditions<T, string?> MultiLineText<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Custom((value, context) => Report(context, CleanText.MultiLineProblem(value), InvisibleCharacter));

    private static void Report<T>(ValidationContext<T> context, string? problem, string code)
    {
        if (problem is not null)
        {
            context.AddFailure(new FluentValidation.Results.ValidationFailure(context.PropertyPath, problem) { ErrorCode = code });
        }
    }
}

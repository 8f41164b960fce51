using System.Text;
using FluentValidation;
using Klachten.BuildingBlocks.Application;

namespace Klachten.BuildingBlocks.Tests.Application;

public sealed class CleanTextTests
{
    private sealed record Form(string? Name, string? Description);

    private sealed class FormValidator : AbstractValidator<Form>
    {
        public FormValidator()
        {
            RuleFor(f => f.Name).SingleLineText();
            RuleFor(f => f.Description).MultiLineText();
        }
    }

    public static TheoryData<string> VisibleText => new()
    {
        "Jansen",
        "J. de Vries-Bakker",
        "Zoë Öztürk",
        "李小龙",
        "Jan 😀 Jansen",          // a character outside the BMP (a surrogate pair)
        "Jan\u00A0Jansen",       // a no-break space is visible as a space
        "e\u0301",               // a combining accent
        "",
    };

    public static TheoryData<string, string> InvisibleOrBreaking => new()
    {
        { "Evil\r\nBcc: x@evil.example", "line break" },
        { "Evil\nBcc", "line break" },
        { "Evil\rBcc", "line break" },
        { "a\u2028b", "line break" },
        { "a\u2029b", "line break" },
        { "a\u0085b", "line break" },
        { "a\tb", "control character" },
        { "a\u001Bb", "control character" },
        { "a\u007Fb", "control character" },
        { "invoice\u202Efdp.exe", "text direction control" },
        { "a\u2066b", "text direction control" },
        { "a\u200Fb", "text direction control" },
        { "F-2026\u200B-001", "zero-width character" },
        { "a\u200Db", "zero-width character" },
        { "a\u2060b", "zero-width character" },
        { "\uFEFFJansen", "byte order mark" },
        { "a\u00ADb", "invisible formatting character" },
        { "a\uFFFFb", "noncharacter" },
        { "a\uFFFEb", "noncharacter" },
        { "a\uFDD0b", "noncharacter" },
        { "a\U0001FFFFb", "noncharacter" },
        { "a\uE000b", "private-use character" },
    };

    [Theory]
    [MemberData(nameof(VisibleText))]
    public void Visible_text_passes_as_a_single_line_and_as_a_multi_line_text(string value)
    {
        Assert.Null(CleanText.SingleLineProblem(value));
        Assert.Null(CleanText.MultiLineProblem(value));
    }

    [Theory]
    [MemberData(nameof(InvisibleOrBreaking))]
    public void A_single_line_refuses_line_breaks_tabs_and_invisible_characters_naming_what_it_found(string value, string what)
    {
        var problem = CleanText.SingleLineProblem(value);

        Assert.NotNull(problem);
        Assert.Contains(what, problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Regel een\r\nRegel twee")]
    [InlineData("Regel een\nRegel twee\n")]
    [InlineData("Kolom\tkolom")]
    public void A_multi_line_text_allows_line_breaks_and_tabs(string value) => Assert.Null(CleanText.MultiLineProblem(value));

    [Theory]
    [MemberData(nameof(InvisibleOrBreaking))]
    public void A_multi_line_text_refuses_everything_invisible_other_than_line_feed_carriage_return_and_tab(string value, string what)
    {
        var allowedInMultiLine = value.Contains('\n') || value.Contains('\r') || value.Contains('\t');

        Assert.Equal(allowedInMultiLine, CleanText.MultiLineProblem(value) is null);
        _ = what;
    }

    // Not theory data: the test runner's serialisation replaces a lone surrogate by U+FFFD.
    [Fact]
    public void A_lone_surrogate_is_refused_by_both_rules()
    {
        foreach (var value in new[] { new string(['a', (char)0xD800, 'b']), new string(['a', (char)0xDC00]) })
        {
            Assert.Contains("lone surrogate", CleanText.SingleLineProblem(value), StringComparison.Ordinal);
            Assert.Contains("lone surrogate", CleanText.MultiLineProblem(value), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_problem_names_the_code_point_and_its_position()
    {
        Assert.Equal(
            "The text contains a zero-width character (U+200B) at position 7; only one line of visible characters is allowed.",
            CleanText.SingleLineProblem("F-2026\u200B-001"));
    }

    [Fact]
    public void Null_passes_both_rules_because_whether_a_field_is_required_is_its_own_rule()
    {
        Assert.Null(CleanText.SingleLineProblem(null));
        Assert.Null(CleanText.MultiLineProblem(null));
        Assert.Null(CleanText.Normalize(null));
    }

    [Fact]
    public void Normalising_gives_one_form_for_a_letter_typed_as_one_or_as_two_code_points()
    {
        var decomposed = "Zoe\u0308";
        var composed = "Zo\u00EB";

        Assert.NotEqual(composed, decomposed);
        Assert.Equal(composed, CleanText.Normalize(decomposed));
        Assert.True(CleanText.Normalize(decomposed)!.IsNormalized(NormalizationForm.FormC));
        Assert.Same(composed, CleanText.Normalize(composed));
    }

    [Theory]
    [InlineData("Evil\r\nBcc: x@evil.example", "Evil Bcc: x@evil.example")]
    [InlineData("F-2026\u200B-001", "F-2026-001")]
    [InlineData("invoice\u202Efdp.exe", "invoicefdp.exe")]
    [InlineData("\uFEFFJ. de Vries\tjr.\u2028", "J. de Vries jr. ")]
    [InlineData("Ren\u0065\u0301", "Ren\u00E9")]
    public void A_letter_line_leaves_out_what_a_single_line_field_refuses_and_turns_line_breaks_into_spaces(string value, string expected)
    {
        var line = CleanText.ForLetterLine(value);

        Assert.Equal(expected, line);
        Assert.True(CleanText.IsSingleLine(line));
    }

    [Fact]
    public void A_letter_text_keeps_its_line_breaks_and_leaves_out_everything_else_invisible()
    {
        var text = CleanText.ForLetterText("Eerste regel\r\nTweede\u202E regel\u2029Derde\u0000\uFFFF regel\ud800");

        Assert.Equal("Eerste regel\r\nTweede regel\nDerde regel", text);
        Assert.True(CleanText.IsMultiLine(text));
    }

    [Fact]
    public void A_clean_value_reaches_a_letter_unchanged()
    {
        const string name = "S. (Sanne) van der Berg-\u00C9mile 😀";

        Assert.Same(name, CleanText.ForLetterLine(name));
        Assert.Same(name, CleanText.ForLetterText(name));
        Assert.Null(CleanText.ForLetterLine(null));
    }

    [Fact]
    public void The_validator_rules_name_each_bad_field_and_pass_good_ones()
    {
        var validator = new FormValidator();

        var bad = validator.Validate(new Form("Evil\r\nBcc: x@evil.example", "Regel\u202Eeen"));
        var good = validator.Validate(new Form("Jansen", "Regel een\r\nRegel twee"));

        Assert.Equal(["Description", "Name"], bad.Errors.Select(e => e.PropertyName).Order());
        Assert.True(good.IsValid);
    }
}

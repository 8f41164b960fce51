using Klachten.Modules.Classification.Domain;

namespace Klachten.Modules.Classification.Tests;

public sealed class ReferenceRulesTests
{
    private static readonly ReferenceEntry[] Categories =
    [
        new("Conduct", "werkwijze van / bejegening door de incassomedewerker", true),
        new("LegalSubstance", "juridisch-inhoudelijke aspecten van de dienstverlening", true),
        new("Financial", "financiële aspecten van de dienstverlening", true),
        new("ExecutionGeneral", "uitvoering in het algemeen", true),
        new("Retired", "niet meer gebruikt", false),
    ];

    [Theory]
    [InlineData("Conduct")]
    [InlineData("WrongAmount")]
    [InlineData("Gdpr2026")]
    [InlineData("X")]
    public void PascalCase_identifiers_are_well_formed_codes(string code) => Assert.True(ReferenceCode.IsWellFormed(code));

    [Theory]
    [InlineData("")]
    [InlineData("conduct")]
    [InlineData("Wrong Amount")]
    [InlineData("Wrong_Amount")]
    [InlineData("Wrong-Amount")]
    [InlineData("2Wrong")]
    [InlineData("Één")]
    [InlineData(null)]
    public void Other_strings_are_not_codes(string? code) => Assert.False(ReferenceCode.IsWellFormed(code));

    [Fact]
    public void A_code_longer_than_the_maximum_is_not_well_formed() =>
        Assert.False(ReferenceCode.IsWellFormed("A" + new string('b', ReferenceCode.MaxLength)));

    [Fact]
    public void Known_codes_resolve_to_their_canonical_spelling()
    {
        var result = ReferenceChoice.Resolve(["financial", "Conduct"], Categories, [], "category");
        Assert.True(result.IsValid);
        Assert.Equal(["Financial", "Conduct"], result.Codes);
    }

    [Fact]
    public void Every_unknown_code_is_reported_with_its_position_and_the_known_codes()
    {
        var result = ReferenceChoice.Resolve(["Conduct", "Foo", "Bar"], Categories, [], "category");

        Assert.False(result.IsValid);
        Assert.Equal([1, 2], result.Errors.Select(e => e.Index));
        Assert.Contains("'Foo'", result.Errors[0].Message);
        Assert.Contains("Conduct, ExecutionGeneral, Financial, LegalSubstance", result.Errors[0].Message);
        Assert.DoesNotContain("Retired", result.Errors[0].Message);
    }

    [Fact]
    public void An_inactive_code_cannot_be_chosen_anew()
    {
        var result = ReferenceChoice.Resolve(["Retired"], Categories, [], "category");
        Assert.Equal(0, Assert.Single(result.Errors).Index);
    }

    [Fact]
    public void An_inactive_code_the_complaint_already_carries_may_stay()
    {
        var result = ReferenceChoice.Resolve(["Retired", "Conduct"], Categories, ["Retired"], "category");
        Assert.True(result.IsValid);
    }
}

using Klachten.Modules.Classification.Application.AddReferenceCode;
using Klachten.Modules.Classification.Domain;

namespace Klachten.Modules.Classification.Tests;

public sealed class AddReferenceCodeCommandValidatorTests
{
    private static string[] FailingFields(string? code, string? description) =>
        new AddReferenceCodeCommandValidator().Validate(new AddReferenceCodeRequest(code, description))
            .Errors.Select(e => e.PropertyName).Distinct().Order().ToArray();

    [Fact]
    public void A_PascalCase_code_with_a_description_passes() => Assert.Empty(FailingFields("Privacy", "privacy en gegevensbescherming"));

    [Fact]
    public void Spaces_around_a_code_are_trimmed_not_refused() => Assert.Empty(FailingFields(" Privacy ", "beschrijving"));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("privacy")]
    [InlineData("Privacy Rules")]
    public void A_missing_or_malformed_code_is_refused(string? code) => Assert.Equal(["Code"], FailingFields(code, "beschrijving"));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void A_missing_description_is_refused(string? description) => Assert.Equal(["Description"], FailingFields("Privacy", description));

    [Fact]
    public void A_too_long_description_is_refused() =>
        Assert.Equal(["Description"], FailingFields("Privacy", new string('x', ReferenceCode.MaxDescriptionLength + 1)));
}

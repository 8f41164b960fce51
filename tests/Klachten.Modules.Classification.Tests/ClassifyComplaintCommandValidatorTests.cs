using Klachten.Modules.Classification.Application.ClassifyComplaint;

namespace Klachten.Modules.Classification.Tests;

public sealed class ClassifyComplaintCommandValidatorTests
{
    private static IEnumerable<string> FailingFields(ClassifyComplaintCommand command) =>
        new ClassifyComplaintCommandValidator().Validate(command).Errors.Select(e => e.PropertyName).Distinct();

    private static ClassifyComplaintCommand Command(IReadOnlyList<string>? categories, string? cause = null, string? note = null) =>
        new(Guid.NewGuid(), categories, cause, note, null);

    [Fact]
    public void Several_distinct_categories_with_a_cause_pass() =>
        Assert.Empty(FailingFields(Command(["Conduct", "Financial"], "Communication", "note")));

    [Fact]
    public void Missing_categories_are_refused() => Assert.Equal(["Categories"], FailingFields(Command(null)));

    [Fact]
    public void An_empty_category_list_is_refused() => Assert.Equal(["Categories"], FailingFields(Command([])));

    [Fact]
    public void A_repeated_category_is_refused_and_named()
    {
        var errors = new ClassifyComplaintCommandValidator().Validate(Command(["Conduct", "Financial", "conduct"])).Errors;
        var error = Assert.Single(errors);
        Assert.Equal("Categories", error.PropertyName);
        Assert.Contains("Conduct", error.ErrorMessage);
    }

    [Fact]
    public void A_category_repeated_with_spaces_around_it_is_refused() =>
        Assert.Equal(["Categories"], FailingFields(Command([" Conduct", "conduct "])));

    [Fact]
    public void A_blank_category_is_refused_at_its_position() =>
        Assert.Equal(["Categories[1]"], FailingFields(Command(["Conduct", " "])));

    [Fact]
    public void A_note_without_a_cause_is_refused() =>
        Assert.Equal(["RootCauseNote"], FailingFields(Command(["Conduct"], null, "note")));
}

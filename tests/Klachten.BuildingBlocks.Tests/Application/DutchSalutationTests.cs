using Klachten.BuildingBlocks.Application;

namespace Klachten.BuildingBlocks.Tests.Application;

public sealed class DutchSalutationTests
{
    [Theory]
    [InlineData(Salutation.Mr, "R. Smit", "Geachte heer Smit,")]
    [InlineData(Salutation.Mrs, "S. (Sanne) van der Berg", "Geachte mevrouw Van der Berg,")]
    [InlineData(Salutation.Mrs, "Sanne van der Berg", "Geachte mevrouw Van der Berg,")]
    [InlineData(Salutation.Mr, "J.P. de Vries", "Geachte heer De Vries,")]
    [InlineData(Salutation.Mr, "Pieter Smit-de Boer", "Geachte heer Smit-de Boer,")]
    [InlineData(Salutation.Mrs, "A. van 't Hek", "Geachte mevrouw Van 't Hek,")]
    [InlineData(Salutation.Mr, "De Groot", "Geachte heer De Groot,")]
    public void The_greeting_names_the_surname_with_an_opening_prefix_capitalised(Salutation salutation, string name, string expected) =>
        Assert.Equal(expected, DutchSalutation.Greeting(salutation, name));

    [Theory]
    [InlineData("R. Smit")]
    [InlineData("Woningcorporatie Groen Wonen B.V.")]
    public void Without_a_known_salutation_the_greeting_does_not_guess(string name) =>
        Assert.Equal("Geachte heer/mevrouw,", DutchSalutation.Greeting(Salutation.None, name));

    [Fact]
    public void The_address_block_keeps_the_prefix_after_initials_as_written() =>
        Assert.Equal(["Mevrouw S. van der Berg"], new Addressee("S. van der Berg", Salutation.Mrs).NameLines);

    [Fact]
    public void An_organisation_is_greeted_through_its_contact_person_and_addressed_for_their_attention()
    {
        var addressee = new Addressee("Woningcorporatie Groen Wonen B.V.", Salutation.None, "R. Smit", Salutation.Mr);

        Assert.Equal("Geachte heer Smit,", addressee.Greeting);
        Assert.Equal(["Woningcorporatie Groen Wonen B.V.", "T.a.v. de heer R. Smit"], addressee.NameLines);
    }

    [Fact]
    public void An_organisation_without_a_contact_person_is_greeted_without_guessing() =>
        Assert.Equal("Geachte heer/mevrouw,", new Addressee("Woningcorporatie Groen Wonen B.V.").Greeting);
}

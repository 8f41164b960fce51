using Klachten.BuildingBlocks.Application;
using Microsoft.Extensions.Configuration;

namespace Klachten.BuildingBlocks.Tests.Application;

public sealed class OfficeProfileTests
{
    private static OfficeProfile Bound(Dictionary<string, string?> settings)
    {
        var profile = new OfficeProfile();
        OfficeProfile.Bind(profile, new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        return profile;
    }

    [Fact]
    public void The_office_section_names_the_office_and_its_address()
    {
        var profile = Bound(new()
        {
            ["Office:Name"] = "Incassobureau De Vries",
            ["Office:Street"] = "Postbus 123",
            ["Office:PostalCode"] = "1000 AB",
            ["Office:City"] = "Amsterdam",
        });

        Assert.Equal("Incassobureau De Vries", profile.Name);
        Assert.Equal("Postbus 123, 1000 AB Amsterdam", profile.AddressLine);
    }

    [Theory]
    [InlineData("Intake:OfficeName")]
    [InlineData("Handling:OfficeName")]
    public void A_deployment_that_still_names_the_office_per_module_keeps_its_name(string legacyKey) =>
        Assert.Equal("Oud Incasso", Bound(new() { [legacyKey] = "Oud Incasso" }).Name);

    [Fact]
    public void The_office_section_wins_over_a_legacy_module_setting() =>
        Assert.Equal("Nieuw", Bound(new() { ["Intake:OfficeName"] = "Oud", ["Office:Name"] = "Nieuw" }).Name);

    [Fact]
    public void Without_configuration_the_office_has_its_default_name_and_no_address()
    {
        var profile = Bound([]);

        Assert.Equal(OfficeProfile.DefaultName, profile.Name);
        Assert.Null(profile.AddressLine);
        Assert.Null(profile.ReachUs("uw klacht"));
    }

    [Fact]
    public void The_signature_names_the_officer_the_function_and_the_office() =>
        Assert.Equal(["W. Bakker", "Klachtenfunctionaris", "Incassobureau"], new OfficeProfile().SignatureLines("W. Bakker"));

    [Fact]
    public void The_way_to_reach_the_office_names_its_phone_and_e_mail() =>
        Assert.Equal("Voor vragen over deze brief kunt u ons bereiken via telefoonnummer 020-1234567 of e-mail klachten@kantoor.nl.",
            new OfficeProfile { Phone = "020-1234567", Email = "klachten@kantoor.nl" }.ReachUs("deze brief"));
}

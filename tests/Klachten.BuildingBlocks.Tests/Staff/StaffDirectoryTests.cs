using Klachten.BuildingBlocks.Infrastructure.Staff;
using Microsoft.Extensions.Options;

namespace Klachten.BuildingBlocks.Tests.Staff;

public sealed class StaffDirectoryTests
{
    [Fact]
    public void A_mapped_user_gets_the_mapped_address_whatever_the_case_of_the_user_name() =>
        Assert.Equal("p.jansen@kantoor.nl",
            Directory(new StaffDirectoryOptions { Addresses = new(StringComparer.OrdinalIgnoreCase) { ["pieter"] = "p.jansen@kantoor.nl" } })
                .AddressOf("Pieter"));

    [Fact]
    public void An_unmapped_user_is_mailed_at_the_configured_domain() =>
        Assert.Equal("pieter@kantoor.nl", Directory(new StaffDirectoryOptions { MailDomain = "kantoor.nl" }).AddressOf("pieter"));

    [Fact]
    public void A_user_name_that_is_an_address_is_used_as_is() =>
        Assert.Equal("pieter@elders.nl", Directory(new StaffDirectoryOptions()).AddressOf("pieter@elders.nl"));

    [Fact]
    public void The_quality_manager_defaults_to_an_address_at_the_domain() =>
        Assert.Equal(["kwaliteitsmanager@kantoor.nl"], Directory(new StaffDirectoryOptions { MailDomain = "kantoor.nl" }).QualityManagers);

    [Fact]
    public void Configured_quality_manager_addresses_replace_the_default() =>
        Assert.Equal(["k.smit@kantoor.nl", "kwaliteit@kantoor.nl"],
            Directory(new StaffDirectoryOptions { QualityManagerAddresses = ["k.smit@kantoor.nl", "kwaliteit@kantoor.nl"] }).QualityManagers);

    [Fact]
    public void A_user_is_named_by_the_configured_name()
    {
        var directory = Directory(new StaffDirectoryOptions { Names = new(StringComparer.OrdinalIgnoreCase) { ["w.bakker"] = "W. Bakker" } });

        Assert.Equal("W. Bakker", directory.NameOf("W.Bakker"));
    }

    [Theory]
    [InlineData("pieter", "Pieter")]
    [InlineData("pieter.jansen", "Pieter Jansen")]
    [InlineData("p.jansen@kantoor.nl", "P. Jansen")]
    [InlineData("w_bakker", "W Bakker")]
    public void A_user_without_a_configured_name_is_named_from_the_user_name_never_by_the_bare_login(string userName, string expected) =>
        Assert.Equal(expected, Directory(new StaffDirectoryOptions()).NameOf(userName));

    [Theory]
    [InlineData("pieter")]
    [InlineData("p.jansen@kantoor.nl")]
    [InlineData("P.Jansen@KANTOOR.NL")]
    [InlineData("extern@elders.nl")] // mapped in Staff:Addresses
    public void Plain_names_names_at_the_office_domain_and_mapped_names_are_colleagues(string userName) =>
        Assert.True(Directory(new StaffDirectoryOptions
        {
            MailDomain = "kantoor.nl",
            Addresses = new(StringComparer.OrdinalIgnoreCase) { ["extern@elders.nl"] = "extern@elders.nl" },
        }).IsColleague(userName));

    [Theory]
    [InlineData("someone@gmail.com")]
    [InlineData("p.jansen@kantoor.nl.evil.com")]
    [InlineData("p.jansen@sub.kantoor.nl")]
    public void A_name_at_another_domain_is_no_colleague(string userName) =>
        Assert.False(Directory(new StaffDirectoryOptions { MailDomain = "kantoor.nl" }).IsColleague(userName));

    private static StaffDirectory Directory(StaffDirectoryOptions options) => new(Options.Create(options));
}

using Klachten.BuildingBlocks.Application;
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

    [Fact]
    public void The_members_are_the_users_with_roles_by_display_name_with_their_name_address_and_roles()
    {
        var directory = Directory(new StaffDirectoryOptions
        {
            MailDomain = "kantoor.nl",
            Names = new(StringComparer.OrdinalIgnoreCase) { ["w.bakker"] = "W. Bakker", ["k.smit"] = "K. Smit" },
            Roles = new(StringComparer.OrdinalIgnoreCase)
            {
                ["k.smit"] = "qualitymanager",
                ["w.bakker"] = "ComplaintsOfficer, QualityManager",
            },
        });

        var members = directory.Members();

        Assert.Equal(["k.smit", "w.bakker"], members.Select(m => m.UserName));
        Assert.Equal(new StaffMember("w.bakker", "W. Bakker", "w.bakker@kantoor.nl", ["ComplaintsOfficer", "QualityManager"]), members[1],
            new MemberComparer());
        Assert.Equal(["QualityManager"], members[0].Roles);
    }

    [Fact]
    public void With_a_role_only_its_holders_are_members_and_has_role_says_the_same()
    {
        var directory = Directory(new StaffDirectoryOptions
        {
            Roles = new(StringComparer.OrdinalIgnoreCase) { ["k.smit"] = "QualityManager", ["w.bakker"] = "ComplaintsOfficer" },
        });

        Assert.Equal(["w.bakker"], directory.Members(Roles.ComplaintsOfficer).Select(m => m.UserName));
        Assert.True(directory.HasRole("W.Bakker", Roles.ComplaintsOfficer));
        Assert.False(directory.HasRole("k.smit", Roles.ComplaintsOfficer));
        Assert.False(directory.HasRole("unknown", Roles.ComplaintsOfficer));
    }

    private sealed class MemberComparer : IEqualityComparer<StaffMember>
    {
        public bool Equals(StaffMember? x, StaffMember? y) => x is not null && y is not null && x.UserName == y.UserName
            && x.DisplayName == y.DisplayName && x.Email == y.Email && x.Roles.SequenceEqual(y.Roles);

        public int GetHashCode(StaffMember obj) => obj.UserName.GetHashCode(StringComparison.Ordinal);
    }

    private static StaffDirectory Directory(StaffDirectoryOptions options) => new(Options.Create(options));
}

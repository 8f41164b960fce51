using Klachten.BuildingBlocks.Application;

namespace Klachten.BuildingBlocks.Tests.Application;

public sealed class UserNamesTests
{
    [Theory]
    [InlineData("officer.devries")]
    [InlineData("Agent.Jansen")]
    [InlineData("w_bakker-2")]
    [InlineData("pieter")]
    [InlineData("p.jansen@kantoor.nl")] // as identity providers that sign in with an e-mail-like name issue it
    public void A_user_name_is_valid(string value) => Assert.True(UserNames.IsValid(value));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("jan de vries")]
    [InlineData(" pieter")]
    [InlineData("pieter\n")]
    [InlineData("pieter\t")]
    [InlineData("pieter@localhost")]
    [InlineData("pieter@@kantoor.nl")]
    [InlineData("Pieter <p@kantoor.nl>")]
    [InlineData("corp\\pieter")]
    [InlineData("pieter/../x")]
    [InlineData("<script>")]
    [InlineData("jöran")]
    public void Anything_else_is_not(string? value) => Assert.False(UserNames.IsValid(value));
}

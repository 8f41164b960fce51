using System.Text.RegularExpressions;

namespace Klachten.BuildingBlocks.Application;

/// <summary>
/// What a colleague's user name (as the identity provider issues it, e.g. <c>officer.devries</c>) looks like wherever a request
/// names one: ASCII letters, digits, '.', '_' and '-', nothing else. No whitespace and no '@' (an e-mail address is not a user
/// name), and ASCII only because a colleague's default mail address is <c>&lt;user name&gt;@&lt;Staff:MailDomain&gt;</c>.
/// The length limit is the field's own.
/// </summary>
public static partial class UserNames
{
    public const string Pattern = @"^[A-Za-z0-9._-]+\z";

    public const string Description = "a user name: letters, digits, '.', '_' and '-' only, without spaces or '@'";

    public static bool IsValid(string? value) => value is not null && UserNameRegex().IsMatch(value);

    [GeneratedRegex(Pattern, RegexOptions.CultureInvariant)]
    private static partial Regex UserNameRegex();
}

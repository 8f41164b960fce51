using System.Text.RegularExpressions;

namespace Klachten.BuildingBlocks.Application;

/// <summary>
/// What a colleague's user name (as the identity provider issues it) looks like wherever a request names one: ASCII letters,
/// digits, '.', '_' and '-' (<c>officer.devries</c>), optionally followed by one '@domain' because many providers sign users in
/// with an e-mail-like name (<c>p.jansen@kantoor.nl</c>). No whitespace, brackets or display names. ASCII only because a
/// colleague's default mail address is <c>&lt;user name&gt;@&lt;Staff:MailDomain&gt;</c>. Whether such a name belongs to the
/// office is <see cref="IStaffDirectory.IsColleague"/>. The length limit is the field's own.
/// </summary>
public static partial class UserNames
{
    public const string Pattern = @"^[A-Za-z0-9._-]+(@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+)?\z";

    public const string Description = "a colleague's user name: letters, digits, '.', '_' and '-' (optionally @ the office's domain), without spaces";

    public static bool IsValid(string? value) => value is not null && UserNameRegex().IsMatch(value);

    [GeneratedRegex(Pattern, RegexOptions.CultureInvariant)]
    private static partial Regex UserNameRegex();
}

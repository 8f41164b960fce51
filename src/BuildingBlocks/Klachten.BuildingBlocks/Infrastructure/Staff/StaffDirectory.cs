using Klachten.BuildingBlocks.Application;
using Microsoft.Extensions.Options;

namespace Klachten.BuildingBlocks.Infrastructure.Staff;

/// <summary>
/// Configuration section "Staff". A user is mailed at <see cref="Addresses"/>[user] when mapped, else at the user name itself
/// when it is an e-mail address, else at &lt;user&gt;@<see cref="MailDomain"/>. Letters name a user as <see cref="Names"/>[user]
/// (e.g. "W. Bakker"), else by a name made from the user name ("pieter.jansen" is "Pieter Jansen"), never by the bare login.
/// <see cref="Roles"/>[user] lists the user's roles, comma-separated ("ComplaintsOfficer,QualityManager"): the directory's
/// members are the users with roles (ADR 0015).
/// </summary>
public sealed class StaffDirectoryOptions
{
    public const string SectionName = "Staff";

    public string MailDomain { get; set; } = "example.nl";

    public Dictionary<string, string> Addresses { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    public Dictionary<string, string> Names { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    public Dictionary<string, string> Roles { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Where the quality manager is notified (reminders, breaches). Default: kwaliteitsmanager@&lt;MailDomain&gt;.</summary>
    public string[]? QualityManagerAddresses { get; set; }
}

internal sealed class StaffDirectory(IOptions<StaffDirectoryOptions> options) : IStaffDirectory
{
    private readonly StaffDirectoryOptions _options = options.Value;

    public string AddressOf(string userName) =>
        _options.Addresses.TryGetValue(userName, out var mapped) ? mapped
        : userName.Contains('@', StringComparison.Ordinal) ? userName
        : $"{userName}@{_options.MailDomain}";

    public bool IsColleague(string userName) =>
        _options.Addresses.ContainsKey(userName)
        || userName.IndexOf('@', StringComparison.Ordinal) is var at && (at < 0 || userName[(at + 1)..].Equals(_options.MailDomain, StringComparison.OrdinalIgnoreCase));

    // A name from configuration reaches letters and notices: one clean line, like every value a letter did not check itself.
    public string NameOf(string userName) =>
        CleanText.ForLetterLine(_options.Names.TryGetValue(userName, out var name) ? name : DisplayName(userName));

    /// <summary>
    /// A name for a user without a configured one, never the bare login: "pieter.jansen" is "Pieter Jansen", "p.jansen@kantoor.nl"
    /// is "P. Jansen", "w_bakker" is "W Bakker" (configure Staff:Names for the exact form).
    /// </summary>
    internal static string DisplayName(string userName)
    {
        var local = userName.Split('@')[0];
        var parts = local.Split(['.', '_', '-'], StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0)
        {
            return userName;
        }

        var initialsDotted = local.Contains('.', StringComparison.Ordinal);
        return string.Join(' ', parts.Select(p => p.Length == 1 && initialsDotted
            ? char.ToUpperInvariant(p[0]) + "."
            : char.ToUpperInvariant(p[0]) + p[1..]));
    }

    public IReadOnlyList<StaffMember> Members(string? role = null) =>
        [.. _options.Roles
            .Select(entry => new StaffMember(entry.Key, NameOf(entry.Key), AddressOf(entry.Key), RolesIn(entry.Value)))
            .Where(member => role is null || member.Roles.Contains(role, StringComparer.OrdinalIgnoreCase))
            .OrderBy(member => member.DisplayName, StringComparer.OrdinalIgnoreCase)
            .ThenBy(member => member.UserName, StringComparer.OrdinalIgnoreCase)];

    public bool HasRole(string userName, string role) =>
        _options.Roles.TryGetValue(userName, out var roles) && RolesIn(roles).Contains(role, StringComparer.OrdinalIgnoreCase);

    // Written as configured, in the role names tokens carry; unknown names are kept so a typo shows in GET /api/staff.
    private static string[] RolesIn(string roles) =>
        roles.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(role => Application.Roles.All.FirstOrDefault(known => known.Equals(role, StringComparison.OrdinalIgnoreCase)) ?? role)
            .ToArray();

    public IReadOnlyList<string> QualityManagers =>
        _options.QualityManagerAddresses is { Length: > 0 } addresses ? addresses : [$"kwaliteitsmanager@{_options.MailDomain}"];
}

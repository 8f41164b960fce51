using Klachten.BuildingBlocks.Application;
using Microsoft.Extensions.Options;

namespace Klachten.BuildingBlocks.Infrastructure.Staff;

/// <summary>
/// Configuration section "Staff". A user is mailed at <see cref="Addresses"/>[user] when mapped, else at the user name itself
/// when it is an e-mail address, else at &lt;user&gt;@<see cref="MailDomain"/>. Letters name a user as <see cref="Names"/>[user]
/// (e.g. "W. Bakker"), else by the user name.
/// </summary>
public sealed class StaffDirectoryOptions
{
    public const string SectionName = "Staff";

    public string MailDomain { get; set; } = "example.nl";

    public Dictionary<string, string> Addresses { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    public Dictionary<string, string> Names { get; set; } = new(StringComparer.OrdinalIgnoreCase);

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

    public string NameOf(string userName) => _options.Names.TryGetValue(userName, out var name) ? name : userName;

    public IReadOnlyList<string> QualityManagers =>
        _options.QualityManagerAddresses is { Length: > 0 } addresses ? addresses : [$"kwaliteitsmanager@{_options.MailDomain}"];
}

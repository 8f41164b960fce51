using Klachten.Modules.Intake.Domain;

namespace Klachten.Modules.Intake.Application.Common;

/// <summary>
/// Configuration section "Intake". Colleagues (collection agents, the receiving employee) are user names; they are
/// mailed at <see cref="UserAddresses"/>[user] when mapped, else at the user name itself when it is an e-mail address,
/// else at &lt;user&gt;@<see cref="UserMailDomain"/>.
/// </summary>
internal sealed class IntakeOptions
{
    public const string SectionName = "Intake";

    public int AcknowledgementWorkingDays { get; set; } = 4;
    public int SettlementDays { get; set; } = 14;
    public bool SettlementMovesToNextWorkingDay { get; set; } = true;

    /// <summary>How many working days before the acknowledgement falls due the reminder goes out.</summary>
    public int AcknowledgementReminderWorkingDays { get; set; } = 1;

    /// <summary>Where the quality manager is notified (reminders, breaches). Default: kwaliteitsmanager@&lt;UserMailDomain&gt;.</summary>
    public string[]? QualityManagerAddresses { get; set; }

    public string UserMailDomain { get; set; } = "example.nl";

    public Dictionary<string, string> UserAddresses { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The office's name and the signature under letters to complainants.</summary>
    public string OfficeName { get; set; } = "Incassobureau";
    public string LetterSignature { get; set; } = "De klachtenfunctionaris";

    public IntakeTerms Terms => new(AcknowledgementWorkingDays, SettlementDays, SettlementMovesToNextWorkingDay);

    public string AddressOf(string userName) =>
        UserAddresses.TryGetValue(userName, out var mapped) ? mapped
        : userName.Contains('@', StringComparison.Ordinal) ? userName
        : $"{userName}@{UserMailDomain}";

    public IReadOnlyList<string> QualityManagerRecipients =>
        QualityManagerAddresses is { Length: > 0 } addresses ? addresses : [$"kwaliteitsmanager@{UserMailDomain}"];
}

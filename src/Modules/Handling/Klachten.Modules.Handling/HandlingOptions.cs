namespace Klachten.Modules.Handling;

/// <summary>
/// Configuration section "Handling". Officers and the quality manager are mailed at the addresses of the staff directory; letters
/// are signed for the office profile (section "Office").
/// </summary>
internal sealed class HandlingOptions
{
    public const string SectionName = "Handling";

    public DisputesCommitteeOptions DisputesCommittee { get; set; } = new();

    public SettlementDeadlineOptions Deadlines { get; set; } = new();

    /// <summary>How many days the one extension may add to the settlement term at most.</summary>
    public int MaxExtensionDays { get; set; } = Domain.HandlingCase.DefaultMaxExtensionDays;
}

/// <summary>The disputes body the office is affiliated to; the decision letter tells the complainant about it.</summary>
internal sealed class DisputesCommitteeOptions
{
    public string Name { get; set; } = "De Geschillencommissie";
    public string Address { get; set; } = "Postbus 90600, 2509 LP Den Haag";
    public string Website { get; set; } = "www.degeschillencommissie.nl";

    /// <summary>Completes "U kunt uw klacht ... voorleggen", e.g. "binnen drie maanden na de datum van deze brief".</summary>
    public string Term { get; set; } = "binnen drie maanden na de datum van deze brief";

    /// <summary>What the committee charges the complainant to handle a complaint, e.g. "€ 52,50"; the letter says so when set.</summary>
    public string? Fee { get; set; }
}

internal sealed class SettlementDeadlineOptions
{
    /// <summary>How many working days before the settlement due date the officer is reminded.</summary>
    public int ReminderWorkingDaysBefore { get; set; } = 2;

    /// <summary>Cron (Europe/Amsterdam) of the handling-settlement-deadlines sweep.</summary>
    public string SweepCron { get; set; } = "*/15 * * * *";

    /// <summary>Cron (Europe/Amsterdam) of the handling-send-correspondence sweep.</summary>
    public string CorrespondenceCron { get; set; } = "* * * * *";
}

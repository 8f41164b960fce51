namespace Klachten.Modules.Handling;

/// <summary>Configuration section "Handling".</summary>
internal sealed class HandlingOptions
{
    public const string SectionName = "Handling";

    /// <summary>The name that signs letters on behalf of the office.</summary>
    public string OfficeName { get; set; } = "Het incassobureau";

    public DisputesCommitteeOptions DisputesCommittee { get; set; } = new();

    public SettlementDeadlineOptions Deadlines { get; set; } = new();
}

/// <summary>The disputes body the office is affiliated to; the decision letter tells the complainant about it.</summary>
internal sealed class DisputesCommitteeOptions
{
    public string Name { get; set; } = "De Geschillencommissie";
    public string Address { get; set; } = "Postbus 90600, 2509 LP Den Haag";
    public string Website { get; set; } = "www.degeschillencommissie.nl";

    /// <summary>Completes "U kunt uw klacht ... voorleggen", e.g. "binnen drie maanden na de datum van deze brief".</summary>
    public string Term { get; set; } = "binnen drie maanden na de datum van deze brief";
}

internal sealed class SettlementDeadlineOptions
{
    /// <summary>How many working days before the settlement due date the officer is reminded.</summary>
    public int ReminderWorkingDaysBefore { get; set; } = 2;

    /// <summary>Where breach notices (and reminders for unassigned cases) go.</summary>
    public string QualityManagerEmail { get; set; } = "kwaliteitsmanager@example.nl";

    /// <summary>An officer's e-mail address from their user name: {0} is the user name.</summary>
    public string OfficerEmailFormat { get; set; } = "{0}@example.nl";

    /// <summary>Cron (Europe/Amsterdam) of the handling-settlement-deadlines sweep.</summary>
    public string SweepCron { get; set; } = "*/15 * * * *";

    /// <summary>Cron (Europe/Amsterdam) of the handling-send-correspondence sweep.</summary>
    public string CorrespondenceCron { get; set; } = "* * * * *";
}

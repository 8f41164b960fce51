namespace Klachten.Modules.PreventiveAction;

/// <summary>Configuration section "PreventiveAction".</summary>
internal sealed class PreventiveActionOptions
{
    public const string SectionName = "PreventiveAction";

    /// <summary>The name that signs the module's e-mails on behalf of the office.</summary>
    public string OfficeName { get; set; } = "Het incassobureau";

    /// <summary>How many calendar days before its due date the owner of a measure is reminded.</summary>
    public int ReminderDaysBefore { get; set; } = 7;

    /// <summary>Cron (Europe/Amsterdam) of the preventive-action-deadlines sweep.</summary>
    public string SweepCron { get; set; } = "0 7 * * *";

    /// <summary>Cron (Europe/Amsterdam) of the preventive-action-send-correspondence sweep.</summary>
    public string CorrespondenceCron { get; set; } = "* * * * *";
}

using System.ComponentModel;

namespace Klachten.Modules.Handling.Contracts;

/// <summary>
/// The names a handling case's allowedActions can hold (the steps on a case), with the label a screen's button shows. Handling's
/// CaseStep takes its names from here, so that the list a screen reads and the names the module answers are one.
/// </summary>
public static class HandlingActions
{
    [Description("Behandelaar toewijzen")]
    public const string Assign = "assign";

    [Description("Contact vastleggen")]
    public const string LogContact = "logContact";

    [Description("Termijn verlengen")]
    public const string Extend = "extend";

    [Description("Beslissen")]
    public const string Decide = "decide";

    [Description("Beslissingsbrief versturen")]
    public const string SendDecisionLetter = "sendDecisionLetter";

    [Description("Voorleggen aan de externe instantie")]
    public const string Refer = "refer";

    [Description("Uitspraak van de externe instantie vastleggen")]
    public const string RecordReferralOutcome = "recordReferralOutcome";

    [Description("Afsluiten")]
    public const string Close = "close";
}

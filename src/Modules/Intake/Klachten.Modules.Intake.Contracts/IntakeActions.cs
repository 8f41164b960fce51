using System.ComponentModel;

namespace Klachten.Modules.Intake.Contracts;

/// <summary>The names a complaint's allowedActions can hold in Intake, with the label a screen's button shows.</summary>
public static class IntakeActions
{
    [Description("Ontvangst bevestigen")]
    public const string Acknowledge = "acknowledge";
}

namespace Klachten.Modules.Intake.Contracts;

/// <summary>Identifies the Intake module's public contract assembly (its integration events and DTOs).</summary>
public static class IntakeContracts
{
    public const string ModuleName = "Intake";
}

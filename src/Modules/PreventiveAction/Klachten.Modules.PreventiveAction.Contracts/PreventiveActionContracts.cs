namespace Klachten.Modules.PreventiveAction.Contracts;

/// <summary>Identifies the PreventiveAction module's public contract assembly (its integration events and DTOs).</summary>
public static class PreventiveActionContracts
{
    public const string ModuleName = "PreventiveAction";
}

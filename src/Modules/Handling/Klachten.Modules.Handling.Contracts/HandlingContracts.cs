namespace Klachten.Modules.Handling.Contracts;

/// <summary>Identifies the Handling module's public contract assembly (its integration events and DTOs).</summary>
public static class HandlingContracts
{
    public const string ModuleName = "Handling";
}

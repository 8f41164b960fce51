namespace Klachten.Modules.Classification.Contracts;

/// <summary>Identifies the Classification module's public contract assembly (its integration events and DTOs).</summary>
public static class ClassificationContracts
{
    public const string ModuleName = "Classification";
}

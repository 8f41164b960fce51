namespace Klachten.Modules.Analysis.Contracts;

/// <summary>Identifies the Analysis module's public contract assembly (its integration events and DTOs).</summary>
public static class AnalysisContracts
{
    public const string ModuleName = "Analysis";
}

namespace Klachten.Modules.Analysis;

internal sealed class AnalysisOptions
{
    public const string SectionName = "Analysis";

    /// <summary>
    /// The secret that keys the file-number hash (HMAC-SHA256). Set one per installation and never change it: the keys of
    /// complaints already in the read model are computed with it, and a rebuild must give the same keys (ADR 0014).
    /// </summary>
    public string FileNumberKey { get; set; } = "klachten-analysis-file-number-key";
}

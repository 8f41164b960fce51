using Klachten.Modules.Classification.Contracts;

namespace Klachten.Modules.Analysis.Infrastructure.Documents;

/// <summary>How the documents name codes and enum values in Dutch.</summary>
internal sealed class DutchLabels(IReadOnlyList<ClassificationCode> categories, IReadOnlyList<ClassificationCode> rootCauses)
{
    private static readonly Dictionary<string, string> Values = new(StringComparer.Ordinal)
    {
        ["Debtor"] = "Debiteur", ["Client"] = "Cliënt (opdrachtgever)", ["Other"] = "Overige belanghebbende",
        ["Phone"] = "Telefoon", ["Email"] = "E-mail", ["Letter"] = "Brief", ["WebForm"] = "Webformulier", ["InPerson"] = "Persoonlijk",
        ["WellFounded"] = "Gegrond", ["PartlyWellFounded"] = "Deels gegrond", ["Unfounded"] = "Ongegrond",
        ["SettledByAgreement"] = "In onderling overleg opgelost",
        ["Upheld"] = "Klager in het gelijk gesteld", ["PartlyUpheld"] = "Klager deels in het gelijk gesteld", ["Rejected"] = "Klacht afgewezen",
        ["Withdrawn"] = "Ingetrokken", ["Settled"] = "Geschikt",
        ["Preventive"] = "Preventieve maatregel", ["Corrective"] = "Corrigerende maatregel", ["ProcedureChange"] = "Aanpassing van de procedure",
        ["Training"] = "Training",
    };

    // Short names of the seeded categories for chart axes; tables give the full description.
    private static readonly Dictionary<string, string> ShortCategories = new(StringComparer.Ordinal)
    {
        ["Conduct"] = "Bejegening", ["LegalSubstance"] = "Juridisch-inhoudelijk", ["Financial"] = "Financieel",
        ["ExecutionGeneral"] = "Uitvoering algemeen",
    };

    public static string Value(string key) => Values.GetValueOrDefault(key, key);

    public string Category(string code) => Describe(categories, code);

    public string CategoryShort(string code) => ShortCategories.GetValueOrDefault(code) ?? Category(code);

    public string RootCause(string code) => Describe(rootCauses, code);

    private static string Describe(IReadOnlyList<ClassificationCode> list, string code) =>
        list.FirstOrDefault(c => c.Code == code)?.Description is { Length: > 0 } description
            ? char.ToUpperInvariant(description[0]) + description[1..]
            : code;
}

namespace Klachten.BuildingBlocks.Application;

/// <summary>How a person wishes to be addressed in a letter; None when unknown or when they prefer no form of address.</summary>
public enum Salutation
{
    None,
    Mr,
    Mrs,
}

/// <summary>
/// Whom a letter is addressed to: a person (Name with their Salutation), or an organisation (Name) for the attention of a
/// contact person with their own salutation. The names reach the letter as one clean line each (<see cref="CleanText.ForLetterLine"/>),
/// however they were stored.
/// </summary>
public sealed record Addressee(string Name, Salutation Salutation = Salutation.None, string? ContactName = null,
    Salutation ContactSalutation = Salutation.None)
{
    /// <summary>"Geachte heer Smit," / "Geachte mevrouw Van der Berg," / "Geachte heer/mevrouw,".</summary>
    public string Greeting => ContactName is not null
        ? DutchSalutation.Greeting(ContactSalutation, CleanText.ForLetterLine(ContactName))
        : DutchSalutation.Greeting(Salutation, CleanText.ForLetterLine(Name));

    /// <summary>The name lines of the address block: "Mevrouw S. van der Berg", or the organisation and "T.a.v. de heer R. Smit".</summary>
    public IReadOnlyList<string> NameLines => ContactName is not null
        ? [CleanText.ForLetterLine(Name), $"T.a.v. {DutchSalutation.Titled(ContactSalutation, CleanText.ForLetterLine(ContactName), opening: false)}"]
        : [DutchSalutation.Titled(Salutation, CleanText.ForLetterLine(Name), opening: true)];
}

/// <summary>
/// The one salutation rule of every letter. The greeting names the surname only, with its prefix (tussenvoegsel) capitalised
/// because it opens the name there ("mevrouw Van der Berg"); after initials or a first name the prefix stays as written
/// ("mevrouw S. van der Berg"). Without a known salutation the letter greets "Geachte heer/mevrouw,", never guessing.
/// </summary>
public static class DutchSalutation
{
    private static readonly HashSet<string> Prefixes = new(StringComparer.OrdinalIgnoreCase)
    {
        "van", "de", "der", "den", "het", "'t", "ter", "ten", "te", "in", "op", "aan", "bij", "onder", "over", "uit", "voor",
        "la", "le", "du", "des", "di", "da", "del", "della", "von", "zu", "d'", "l'", "'s",
    };

    public static string Greeting(Salutation salutation, string name) => salutation switch
    {
        Salutation.Mr when Surname(name) is { Length: > 0 } surname => $"Geachte heer {Capitalised(surname)},",
        Salutation.Mrs when Surname(name) is { Length: > 0 } surname => $"Geachte mevrouw {Capitalised(surname)},",
        _ => "Geachte heer/mevrouw,",
    };

    /// <summary>"de heer R. Smit" (opening: "De heer R. Smit"), "mevrouw S. van der Berg"; the name alone without a salutation.</summary>
    public static string Titled(Salutation salutation, string name, bool opening) => salutation switch
    {
        Salutation.Mr => $"{(opening ? "De" : "de")} heer {name.Trim()}",
        Salutation.Mrs => $"{(opening ? "Mevrouw" : "mevrouw")} {name.Trim()}",
        _ => name.Trim(),
    };

    /// <summary>
    /// The surname of a name as people write it: the last word with the prefixes before it ("S. (Sanne) van der Berg" gives
    /// "van der Berg", "Pieter Smit-de Boer" gives "Smit-de Boer", "R. Smit" gives "Smit"). Initials and a first name in
    /// brackets are never part of it.
    /// </summary>
    public static string Surname(string name)
    {
        var words = WithoutBrackets(name).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(w => !IsInitials(w)).ToList();
        if (words.Count == 0)
        {
            return string.Empty;
        }

        var start = words.Count - 1;
        while (start > 0 && (Prefixes.Contains(words[start - 1]) || EndsInPrefix(words[start - 1])))
        {
            start--;
        }

        return string.Join(' ', words.Skip(start));
    }

    private static string Capitalised(string surname) =>
        char.IsLower(surname[0]) ? char.ToUpperInvariant(surname[0]) + surname[1..] : surname;

    private static bool IsInitials(string word) => word.EndsWith('.') && word.Length <= 6 && word.Count(char.IsLetter) <= 3;

    private static bool EndsInPrefix(string word) =>
        word.EndsWith('-') || (word.LastIndexOf('-') is var dash and > 0 && Prefixes.Contains(word[(dash + 1)..]));

    private static string WithoutBrackets(string name)
    {
        var text = new System.Text.StringBuilder();
        var depth = 0;
        foreach (var c in name)
        {
            depth += c == '(' ? 1 : 0;
            if (depth == 0)
            {
                text.Append(c);
            }

            depth -= c == ')' && depth > 0 ? 1 : 0;
        }

        return text.ToString();
    }
}

public static class Addressees
{
    /// <summary>The addressee as a module stores it (salutations by name; none stored, as for older complaints, is None).</summary>
    public static Addressee FromStored(string name, string? salutation, string? contactName, string? contactSalutation) =>
        new(name, Stored(salutation), contactName, Stored(contactSalutation));

    private static Salutation Stored(string? name) => EnumNames.TryParse<Salutation>(name, out var salutation) ? salutation : Salutation.None;
}

namespace Klachten.Modules.Classification.Domain;

/// <summary>The outcome of resolving requested codes against a reference list: canonical codes, or what is wrong per position.</summary>
internal sealed record ReferenceResolution(IReadOnlyList<string> Codes, IReadOnlyList<(int Index, string Message)> Errors)
{
    public bool IsValid => Errors.Count == 0;
}

/// <summary>
/// Which codes may be chosen: known ones (case-insensitive, canonical spelling returned), and active ones; an inactive
/// entry stays allowed where the complaint already carries it, so retiring a category never blocks recording a cause.
/// All problems are reported at once.
/// </summary>
internal static class ReferenceChoice
{
    public static ReferenceResolution Resolve(IReadOnlyList<string> requested, IReadOnlyCollection<ReferenceEntry> list,
        IReadOnlyCollection<string> alreadyChosen, string noun)
    {
        var byCode = list.ToDictionary(e => e.Code, StringComparer.OrdinalIgnoreCase);
        var codes = new List<string>(requested.Count);
        var errors = new List<(int, string)>();
        for (var i = 0; i < requested.Count; i++)
        {
            if (!byCode.TryGetValue(requested[i], out var entry))
            {
                var known = string.Join(", ", list.Where(e => e.Active).Select(e => e.Code).Order(StringComparer.Ordinal));
                errors.Add((i, $"Unknown {noun} '{requested[i]}'. Known: {known}."));
                continue;
            }

            if (!entry.Active && !alreadyChosen.Contains(entry.Code, StringComparer.Ordinal))
            {
                errors.Add((i, $"The {noun} '{entry.Code}' is no longer in use and cannot be chosen for a new classification."));
                continue;
            }

            codes.Add(entry.Code);
        }

        return new ReferenceResolution(codes, errors);
    }
}

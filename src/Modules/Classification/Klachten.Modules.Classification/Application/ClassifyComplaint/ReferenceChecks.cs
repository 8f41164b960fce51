using Klachten.Modules.Classification.Domain;

namespace Klachten.Modules.Classification.Application.ClassifyComplaint;

/// <summary>The requested categories and cause resolved to their stored codes, or what is wrong with them, per JSON path.</summary>
internal sealed record ReferenceCheck(IReadOnlyList<string> Categories, string? RootCause, IReadOnlyList<(string Field, string Message)> Errors)
{
    public bool IsValid => Errors.Count == 0;
}

/// <summary>
/// Categories and causes are data: a code must be on its list, and active unless the complaint already carries it. The
/// validator checks this (so one 400 names these values together with every other bad field) and the handler again under
/// the lists' FOR SHARE lock (so a code retired in between is still refused). Blank entries are left to the shape rules.
/// </summary>
internal static class ReferenceChecks
{
    public static ReferenceCheck Check(
        IReadOnlyList<string?>? categories,
        string? rootCause,
        IReadOnlyCollection<ReferenceEntry> categoryList,
        IReadOnlyCollection<ReferenceEntry> rootCauseList,
        IReadOnlyCollection<string> currentCategories,
        string? currentRootCause)
    {
        var errors = new List<(string, string)>();
        // An over-long value is named by the shape rules already; looking it up would only echo it back in a second message.
        var requested = (categories ?? []).Select(c => c is { Length: > ReferenceCode.MaxLength } ? "" : c ?? "").ToList();
        var resolvedCategories = ReferenceChoice.Resolve(requested, categoryList, currentCategories, "category");
        foreach (var (index, message) in resolvedCategories.Errors)
        {
            if (!string.IsNullOrWhiteSpace(requested[index]))
            {
                errors.Add(($"categories[{index}]", message));
            }
        }

        string? resolvedCause = null;
        if (!string.IsNullOrWhiteSpace(rootCause) && rootCause.Length <= ReferenceCode.MaxLength)
        {
            var causes = ReferenceChoice.Resolve([rootCause.Trim()], rootCauseList,
                currentRootCause is null ? [] : [currentRootCause], "root cause");
            if (causes.IsValid)
            {
                resolvedCause = causes.Codes[0];
            }
            else
            {
                errors.Add(("rootCause", causes.Errors[0].Message));
            }
        }

        return new ReferenceCheck(resolvedCategories.Codes, resolvedCause, errors);
    }
}

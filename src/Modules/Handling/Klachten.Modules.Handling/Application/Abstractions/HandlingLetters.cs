using Klachten.BuildingBlocks.Application.Correspondence;

namespace Klachten.Modules.Handling.Application.Abstractions;

/// <summary>
/// How Handling's letters are printed. A letter to the complainant is written with its own header (the address block, then
/// "Datum: ..." and "Ons kenmerk: ..."), which an e-mail shows as text; the printed letter sets those parts in their places of
/// the letterhead instead. An internal notice has no header: it is addressed to its recipient as stored.
/// </summary>
internal static class HandlingLetters
{
    private const string DateLabel = "Datum: ";

    public static LetterToPrint ToPrint(string kind, string reference, string? recipientName, string? recipientAddress, DateOnly date,
        string subject, string body)
    {
        var blocks = body.ReplaceLineEndings("\n").Split("\n\n");
        if (blocks.Length >= 3 && blocks[1].StartsWith(DateLabel, StringComparison.Ordinal))
        {
            return new LetterToPrint(kind, reference, blocks[0].Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries),
                date, subject, string.Join("\n\n", blocks[2..]));
        }

        string[] addressLines = [.. new[] { recipientName, recipientAddress }.Where(l => !string.IsNullOrWhiteSpace(l)).Select(l => l!.Trim())];
        return new LetterToPrint(kind, reference, addressLines, date, subject, body);
    }
}

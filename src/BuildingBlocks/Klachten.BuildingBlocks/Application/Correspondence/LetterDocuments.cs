using Klachten.BuildingBlocks.Documents;
using Klachten.BuildingBlocks.Web;

namespace Klachten.BuildingBlocks.Application.Correspondence;

/// <summary>A letter as a printable file: served as application/pdf under its file name.</summary>
public sealed record LetterPdfFile(string FileName, byte[] Content)
{
    public string ContentType => LetterPdf.ContentType;

    public static LetterPdfFile Of(string reference, string kind, byte[] content) => new(LetterPdf.FileName(reference, kind), content);
}

/// <summary>
/// A letter as it will go, before anything is sent or recorded: the addressee block as printed, the date it would bear, the
/// reference, subject and body (the e-mail text; the PDF prints the same).
/// </summary>
public sealed record LetterPreviewDto(
    [property: OneOfRegistered(NameSets.LetterKind)] string Kind,
    [property: OneOfRegistered(NameSets.LetterChannel)] string Channel,
    IReadOnlyList<string> Addressee,
    string? RecipientAddress,
    DateOnly Date,
    string Reference,
    string Subject,
    string Body);

/// <summary>What a preview answers: the letter as JSON, and its PDF when <see cref="LetterFormat.Pdf"/> was asked for.</summary>
public sealed record LetterPreview(LetterPreviewDto Letter, LetterPdfFile? Pdf);

/// <summary>How a preview is returned: json (default) or pdf (<c>?format=pdf</c>).</summary>
public enum LetterFormat
{
    Json,
    Pdf,
}

/// <summary>A module's letter as it is printed; <see cref="ILetterPrinter"/> adds the office's letterhead.</summary>
public sealed record LetterToPrint(string Kind, string Reference, IReadOnlyList<string> AddressLines, DateOnly Date, string Subject, string Body);

/// <summary>Prints a letter of any module as the office's PDF (<see cref="LetterPdf"/>, letterhead from the office profile).</summary>
public interface ILetterPrinter
{
    LetterPdfFile Print(LetterToPrint letter);
}

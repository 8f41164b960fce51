using System.Diagnostics;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace Klachten.BuildingBlocks.Tests.Documents;

/// <summary>Reads a PDF back the way a reader would: PdfPig for words and positions, poppler's pdftotext as a second opinion.</summary>
internal static class PdfText
{
    public sealed record PageWords(int Number, double Width, double Height, IReadOnlyList<Word> Words, int Images)
    {
        public string Text => string.Join(" ", Words.Select(w => w.Text));
    }

    public static IReadOnlyList<PageWords> Pages(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return document.GetPages()
            .Select(p => new PageWords(p.Number, p.Width, p.Height, p.GetWords().ToList(), p.GetImages().Count()))
            .ToList();
    }

    public static string AllText(byte[] pdf) => string.Join(" ", Pages(pdf).Select(p => p.Text));

    /// <summary>pdftotext's text per page (it separates pages by form feeds); .ci/run installs poppler-utils.</summary>
    public static IReadOnlyList<string> PopplerPages(byte[] pdf)
    {
        var file = Path.Combine(Path.GetTempPath(), $"klachten-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(file, pdf);
        try
        {
            var start = new ProcessStartInfo("pdftotext", ["-enc", "UTF-8", file, "-"])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                StandardOutputEncoding = System.Text.Encoding.UTF8,
            };
            using var process = Process.Start(start) ?? throw new InvalidOperationException("pdftotext did not start");
            var output = process.StandardOutput.ReadToEnd();
            var errors = process.StandardError.ReadToEnd();
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, $"pdftotext failed ({process.ExitCode}): {errors}");
            return output.Split('\f').SkipLast(1).ToList();
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>The words of <see cref="DocumentSamples.LongDutchText"/> (a word and its number), in the order they were written.</summary>
    public static string NumberedWords(IEnumerable<Word> words) =>
        string.Join(" ", words.Select(w => w.Text).Where(t => System.Text.RegularExpressions.Regex.IsMatch(t, @"^\p{L}+\d+$")));

    /// <summary>The same from pdftotext's reading.</summary>
    public static string NumberedWords(IEnumerable<string> pages) =>
        string.Join(" ", string.Join(" ", pages).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Where(t => System.Text.RegularExpressions.Regex.IsMatch(t, @"^\p{L}+\d+$")));

    /// <summary>Collapses all white space, so that text wrapped over lines compares with the text that went in.</summary>
    public static string Squeeze(string text) => string.Join(" ", text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}

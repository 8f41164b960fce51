using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace Klachten.Tests.Golden;

/// <summary>
/// Compares a letter with its approved text in this folder, so that every change to a letter shows in review as a change to
/// a .txt file. To approve a deliberate change: run the tests with KLACHTEN_APPROVE_GOLDEN=1 (the files are rewritten in the
/// source tree), read the diff, commit it. One file, compiled into each module's test project (tests/Shared), so that the
/// approved texts sit beside the tests of the letters they approve.
/// </summary>
internal static class GoldenFile
{
    public static void Verify(string name, string subject, string body, [CallerFilePath] string here = "") =>
        Compare(Path.Combine(Path.GetDirectoryName(here)!, name + ".txt"), $"Onderwerp: {subject}\n\n{body.ReplaceLineEndings("\n").TrimEnd()}\n");

    /// <summary>The printed letter as poppler's <c>pdftotext -layout</c> reads it (pages separated by a form feed), against name.pdf.txt.</summary>
    public static void VerifyPdf(string name, byte[] pdf, [CallerFilePath] string here = "") =>
        Compare(Path.Combine(Path.GetDirectoryName(here)!, name + ".pdf.txt"), PdfLayoutText(pdf));

    private static string PdfLayoutText(byte[] pdf)
    {
        var file = Path.Combine(Path.GetTempPath(), $"golden-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(file, pdf);
        try
        {
            using var process = Process.Start(new ProcessStartInfo("pdftotext", ["-layout", "-enc", "UTF-8", file, "-"])
            {
                RedirectStandardOutput = true,
                StandardOutputEncoding = System.Text.Encoding.UTF8,
            }) ?? throw new InvalidOperationException("pdftotext did not start (poppler-utils)");
            var text = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            Assert.Equal(0, process.ExitCode);
            var lines = text.ReplaceLineEndings("\n").TrimEnd('\f', '\n').Split('\n').Select(l => l.TrimEnd());
            return string.Join('\n', lines).TrimEnd() + "\n";
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static void Compare(string path, string actual)
    {
        if (Environment.GetEnvironmentVariable("KLACHTEN_APPROVE_GOLDEN") == "1")
        {
            File.WriteAllText(path, actual);
            return;
        }

        Assert.True(File.Exists(path), $"No approved text {path}: run with KLACHTEN_APPROVE_GOLDEN=1 and review it.");
        Assert.Equal(File.ReadAllText(path).ReplaceLineEndings("\n"), actual);
    }
}

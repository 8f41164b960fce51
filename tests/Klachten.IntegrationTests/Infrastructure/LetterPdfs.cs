using System.Diagnostics;
using System.Net;

namespace Klachten.IntegrationTests.Infrastructure;

/// <summary>Printed letters as the tests read them: fetched as application/pdf, read back by poppler's pdftotext -layout.</summary>
internal static class LetterPdfs
{
    public static async Task<byte[]> GetAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        var pdf = await response.Content.ReadAsByteArrayAsync();
        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(pdf, 0, 5), StringComparison.Ordinal);
        return pdf;
    }

    public static string Text(byte[] pdf)
    {
        var path = Path.Combine(Path.GetTempPath(), $"letter-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(path, pdf);
        try
        {
            using var process = Process.Start(new ProcessStartInfo("pdftotext", ["-layout", "-enc", "UTF-8", path, "-"])
            {
                RedirectStandardOutput = true,
                StandardOutputEncoding = System.Text.Encoding.UTF8,
            })!;
            var text = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            Assert.Equal(0, process.ExitCode);
            return text;
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>All white space as one space, so that a wrapped sentence compares with the sentence.</summary>
    public static string Squeezed(byte[] pdf) => string.Join(" ", Text(pdf).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>The PDF attachments of an .eml file written to the pickup directory.</summary>
    public static IReadOnlyList<(string FileName, byte[] Content)> Attachments(string emlPath)
    {
        using var stream = File.OpenRead(emlPath);
        var message = MimeKit.MimeMessage.Load(stream);
        return message.Attachments.OfType<MimeKit.MimePart>()
            .Where(p => p.ContentType.MimeType == "application/pdf")
            .Select(p =>
            {
                using var content = new MemoryStream();
                p.Content!.DecodeTo(content);
                return (p.FileName ?? string.Empty, content.ToArray());
            }).ToList();
    }
}

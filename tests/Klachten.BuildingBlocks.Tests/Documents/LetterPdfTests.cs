using Klachten.BuildingBlocks.Application;
using Klachten.BuildingBlocks.Documents;

namespace Klachten.BuildingBlocks.Tests.Documents;

public sealed class LetterPdfTests
{
    private const double Mm = 72 / 25.4;

    private static readonly OfficeProfile Office = new()
    {
        Name = "Incassobureau De Vries & Partners", Street = "Postbus 123", PostalCode = "1000 AB", City = "Amsterdam",
        Phone = "020-1234567", Email = "klachten@devries-incasso.nl", Website = "www.devries-incasso.nl",
    };

    private static LetterSheet Sheet(string? body = null) => new(
        ["Mevrouw S. van der Berg", "Kerkstraat 12", "1234 AB Utrecht"], new DateOnly(2026, 3, 16), "KL-2026-000017",
        "Ontvangstbevestiging van uw klacht", body ?? "Geachte mevrouw Van der Berg,\n\nWij hebben uw klacht ontvangen.\n\nMet vriendelijke groet,\n\nK. de Wit\nKlachtenfunctionaris\nIncassobureau");

    [Fact]
    public void The_address_block_lies_inside_the_NEN_1026_window()
    {
        var page = PdfText.Pages(LetterPdf.Build(Office, Sheet()))[0];
        var addressWords = page.Words.Where(w => w.Text is "Mevrouw" or "S." or "Berg" or "Kerkstraat" or "12" or "1234" or "AB" or "Utrecht"
            && w.BoundingBox.Top < page.Height - (45 * Mm) && w.BoundingBox.Bottom > page.Height - (95 * Mm)).ToList();
        Assert.Equal(8, addressWords.Count); // Mevrouw, S., Berg, Kerkstraat, 12, 1234, AB, Utrecht
        foreach (var word in addressWords)
        {
            // PdfPig measures from the bottom of the page; the window from the top.
            var fromTop = page.Height - word.BoundingBox.Top;
            var toBottom = page.Height - word.BoundingBox.Bottom;
            Assert.InRange(word.BoundingBox.Left, LetterPdf.WindowLeftMm * Mm, (LetterPdf.WindowLeftMm + LetterPdf.WindowWidthMm) * Mm);
            Assert.InRange(word.BoundingBox.Right, LetterPdf.WindowLeftMm * Mm, (LetterPdf.WindowLeftMm + LetterPdf.WindowWidthMm) * Mm);
            Assert.InRange(fromTop, LetterPdf.WindowTopMm * Mm, (LetterPdf.WindowTopMm + LetterPdf.WindowHeightMm) * Mm);
            Assert.InRange(toBottom, LetterPdf.WindowTopMm * Mm, (LetterPdf.WindowTopMm + LetterPdf.WindowHeightMm) * Mm);
        }
    }

    [Fact]
    public void Nothing_but_the_address_shows_through_the_window()
    {
        var page = PdfText.Pages(LetterPdf.Build(Office, Sheet()))[0];
        var inWindow = page.Words.Where(w => w.BoundingBox.Left < (LetterPdf.WindowLeftMm + LetterPdf.WindowWidthMm) * Mm
            && page.Height - w.BoundingBox.Bottom > LetterPdf.WindowTopMm * Mm
            && page.Height - w.BoundingBox.Top < (LetterPdf.WindowTopMm + LetterPdf.WindowHeightMm) * Mm).Select(w => w.Text);
        Assert.Equal("Mevrouw S. van der Berg Kerkstraat 12 1234 AB Utrecht", string.Join(" ", inWindow));
    }

    [Fact]
    public void The_letter_carries_letterhead_place_and_date_reference_subject_and_signature()
    {
        var text = PdfText.Squeeze(string.Join(" ", PdfText.PopplerPages(LetterPdf.Build(Office, Sheet()))));
        foreach (var expected in (string[])["Incassobureau De Vries & Partners", "Postbus 123, 1000 AB Amsterdam", "T 020-1234567",
                     "E klachten@devries-incasso.nl", "I www.devries-incasso.nl", "Amsterdam, 16 maart 2026", "Ons kenmerk", "KL-2026-000017",
                     "Onderwerp", "Ontvangstbevestiging van uw klacht", "Geachte mevrouw Van der Berg,", "K. de Wit Klachtenfunctionaris"])
        {
            Assert.Contains(expected, text);
        }

        Assert.DoesNotContain("Pagina", text);
    }

    [Fact]
    public void The_same_letter_gives_the_same_bytes_and_another_letter_other_bytes()
    {
        var first = LetterPdf.Build(Office, Sheet());
        Assert.Equal(first, LetterPdf.Build(Office, Sheet()));
        Assert.NotEqual(first, LetterPdf.Build(Office, Sheet() with { Date = new DateOnly(2026, 3, 17) }));
    }

    [Fact]
    public void A_long_letter_continues_on_numbered_pages()
    {
        var body = "Geachte heer/mevrouw,\n\n" + string.Join("\n\n", Enumerable.Range(1, 40).Select(i =>
            $"Alinea{i} van deze brief legt uitvoerig uit hoe wij uw klacht hebben onderzocht en wat wij daarbij hebben gevonden."));
        var pages = PdfText.PopplerPages(LetterPdf.Build(Office, Sheet(body)));
        Assert.True(pages.Count > 1);
        for (var i = 0; i < pages.Count; i++)
        {
            Assert.Contains($"Pagina {i + 1} van {pages.Count}", pages[i]);
        }

        Assert.Contains("Ons kenmerk KL-2026-000017", PdfText.Squeeze(pages[1])); // the continuation header
        Assert.Equal(string.Join(" ", Enumerable.Range(1, 40).Select(i => $"Alinea{i}")), PdfText.NumberedWords(pages));
    }

    [Fact]
    public void Without_a_place_the_date_stands_alone()
    {
        var text = PdfText.Squeeze(string.Join(" ", PdfText.PopplerPages(LetterPdf.Build(new OfficeProfile(), Sheet()))));
        Assert.Contains("16 maart 2026", text);
        Assert.DoesNotContain(", 16 maart 2026", text);
    }

    [Fact]
    public void A_configured_logo_is_printed_in_the_letterhead_and_a_missing_one_is_left_out()
    {
        var logo = Path.Combine(Path.GetTempPath(), $"logo-{Guid.NewGuid():N}.png");
        File.WriteAllBytes(logo, ChartRenderer.Png(new ChartSpec("Logo", ChartKind.Bar, ["a"], [new ChartSeries("s", [1])]), 300, 100));
        try
        {
            var withLogo = PdfText.Pages(LetterPdf.Build(new OfficeProfile { LogoPath = logo }, Sheet()))[0];
            var missing = PdfText.Pages(LetterPdf.Build(new OfficeProfile { LogoPath = logo + ".missing" }, Sheet()))[0];

            Assert.Equal(1, withLogo.Images);
            Assert.Equal(0, missing.Images);
        }
        finally
        {
            File.Delete(logo);
        }
    }

    [Fact]
    public void The_closing_is_never_parted_from_the_signature_at_a_page_break()
    {
        for (var count = 5; count <= 30; count++)
        {
            var body = "Geachte heer/mevrouw,\n\n" + string.Join("\n\n", Enumerable.Range(1, count).Select(i => $"Alinea{i} van deze brief."))
                + "\n\nMet vriendelijke groet,\n\nK. de Wit\nKlachtenfunctionaris\nIncassobureau";
            var pages = PdfText.PopplerPages(LetterPdf.Build(Office, Sheet(body)));
            var closing = pages.Select((text, page) => (text, page)).Single(p => p.text.Contains("Met vriendelijke groet,", StringComparison.Ordinal)).page;
            Assert.Contains("Klachtenfunctionaris", pages[closing]);
        }
    }
}

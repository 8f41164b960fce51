using System.Text.RegularExpressions;
using Klachten.BuildingBlocks.Documents;
using static Klachten.BuildingBlocks.Tests.Documents.DocumentSamples;

namespace Klachten.BuildingBlocks.Tests.Documents;

public sealed class PdfDocumentBuilderTests
{
    // A4 is 595 points wide; the content ends 20 mm (56.7 pt) from the right edge.
    private const double RightContentEdge = 595.276 - 56.7;

    [Fact]
    public void A_300_row_table_runs_over_pages_numbered_Pagina_X_van_Y_and_every_row_is_readable()
    {
        var pdf = new PdfDocumentBuilder(Info).Heading("Alle klachten").Table(ComplaintTable(300)).Build();

        var pages = PdfText.Pages(pdf);
        Assert.True(pages.Count > 5, $"300 rows should take several pages, got {pages.Count}");
        foreach (var page in pages)
        {
            Assert.Contains($"Pagina {page.Number} van {pages.Count}", page.Text, StringComparison.Ordinal);
            Assert.Contains(Title, page.Text, StringComparison.Ordinal);
        }

        var all = string.Join(" ", pages.Select(p => p.Text));
        for (var i = 1; i <= 300; i++)
        {
            Assert.Contains($"K-2026-{i:0000}", all, StringComparison.Ordinal);
            Assert.Contains($"dossier {i:0000}:", all, StringComparison.Ordinal);
        }

        Assert.Equal(300, Regex.Count(all, @"K-2026-\d{4}"));
    }

    [Fact]
    public void Pdftotext_reads_the_same_page_numbers_and_rows()
    {
        var pdf = new PdfDocumentBuilder(Info).Table(ComplaintTable(300)).Build();

        var pages = PdfText.PopplerPages(pdf);
        Assert.True(pages.Count > 5, $"300 rows should take several pages, got {pages.Count}");
        for (var i = 0; i < pages.Count; i++)
        {
            Assert.Contains($"Pagina {i + 1} van {pages.Count}", pages[i], StringComparison.Ordinal);
        }

        var all = PdfText.Squeeze(string.Join(" ", pages));
        for (var i = 1; i <= 300; i++)
        {
            Assert.Contains($"K-2026-{i:0000}", all, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_table_header_is_repeated_above_the_rows_on_every_following_page()
    {
        var pdf = new PdfDocumentBuilder(Info).Table(ComplaintTable(300)).Build();

        var pages = PdfText.Pages(pdf);
        Assert.True(pages.Count >= 2);
        foreach (var page in pages)
        {
            var header = page.Words.SingleOrDefault(w => w.Text == "Dossiernummer");
            Assert.True(header is not null, $"page {page.Number} has no header row: {page.Text[..Math.Min(200, page.Text.Length)]}");
            var rows = page.Words.Where(w => w.Text.StartsWith("K-2026-", StringComparison.Ordinal)).ToList();
            Assert.NotEmpty(rows);
            // PDF coordinates grow upwards: the header stands above every row of its page.
            Assert.All(rows, row => Assert.True(
                row.BoundingBox.Top < header.BoundingBox.Bottom, $"{row.Text} above the header on page {page.Number}"));
        }
    }

    [Fact]
    public void Rows_keep_their_order_across_page_breaks()
    {
        var pdf = new PdfDocumentBuilder(Info).Table(ComplaintTable(120)).Build();

        var numbers = PdfText.Pages(pdf)
            .SelectMany(p => p.Words.Where(w => w.Text.StartsWith("K-2026-", StringComparison.Ordinal))
                .OrderByDescending(w => w.BoundingBox.Bottom).Select(w => w.Text))
            .ToList();
        Assert.Equal(Enumerable.Range(1, 120).Select(i => $"K-2026-{i:0000}"), numbers);
    }

    [Fact]
    public void A_2000_character_paragraph_wraps_inside_the_margins_and_every_word_is_readable()
    {
        var text = LongDutchText(2000);
        Assert.True(text.Length >= 2000);

        var pdf = new PdfDocumentBuilder(Info).Paragraph(text).Build();

        var page = Assert.Single(PdfText.Pages(pdf));
        var body = page.Words.Where(w => w.BoundingBox.Bottom > 80 && w.BoundingBox.Top < 780).ToList();
        Assert.Equal(text, string.Join(" ", body.Select(w => w.Text)));
        Assert.All(body, w => Assert.True(
            w.BoundingBox.Right <= RightContentEdge + 0.5, $"'{w.Text}' runs into the margin at {w.BoundingBox.Right:0.0}"));
        var lines = body.Select(w => Math.Round(w.BoundingBox.Bottom)).Distinct().Count();
        Assert.True(lines >= 15, $"2000 characters at 10 pt need at least 15 lines, got {lines}");
        Assert.Contains(PdfText.Squeeze(text), PdfText.Squeeze(string.Join(" ", PdfText.PopplerPages(pdf))), StringComparison.Ordinal);
    }

    [Fact]
    public void A_paragraph_longer_than_a_page_continues_on_the_next_page()
    {
        var text = LongDutchText(9000);

        var pdf = new PdfDocumentBuilder(Info).Paragraph(text).Build();

        var pages = PdfText.Pages(pdf);
        Assert.True(pages.Count >= 2, $"9000 characters do not fit one page, got {pages.Count} page(s)");
        Assert.Equal(text, PdfText.NumberedWords(pages.SelectMany(p => p.Words)));
        Assert.Equal(text, PdfText.NumberedWords(PdfText.PopplerPages(pdf)));
    }

    [Fact]
    public void A_word_wider_than_the_page_is_cut_rather_than_run_off_the_page()
    {
        var word = string.Concat(Enumerable.Repeat("ABCDEFGHIJ", 20));

        var pdf = new PdfDocumentBuilder(Info).Paragraph(word).Build();

        var page = Assert.Single(PdfText.Pages(pdf));
        var pieces = page.Words.Where(w => Regex.IsMatch(w.Text, "^[A-J]+$")).ToList();
        Assert.True(pieces.Count >= 2, "the 200-letter word should be cut over lines");
        Assert.Equal(word, string.Concat(pieces.Select(w => w.Text)));
        Assert.All(pieces, w => Assert.True(w.BoundingBox.Right <= RightContentEdge + 0.5));
    }

    [Fact]
    public void Dutch_characters_come_back_intact()
    {
        const string dutch =
            "Geëindigd café: de cliënt ontving één brief over coördinatie, óók met € 1.250,00 en ‘aanhalingstekens’ – klaar.";

        var pdf = new PdfDocumentBuilder(new DocumentInfo("Brief aan de cliënt – ë é ó €"))
            .Heading("Reactie op uw klacht")
            .Paragraph(dutch)
            .Bullets(["Verzoek tot inzage: één week", "Bedrag: € 99,95"])
            .Table(new DocumentTable(["Omschrijving"], [["Coördinatie ë é ó €"]]))
            .Build();

        var pig = PdfText.AllText(pdf);
        var poppler = PdfText.Squeeze(string.Join(" ", PdfText.PopplerPages(pdf)));
        foreach (var expected in new[] { dutch, "Brief aan de cliënt – ë é ó €", "Bedrag: € 99,95", "Coördinatie ë é ó €" })
        {
            Assert.Contains(expected, pig, StringComparison.Ordinal);
            Assert.Contains(expected, poppler, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_same_input_twice_gives_identical_bytes()
    {
        static byte[] Render() => new PdfDocumentBuilder(Info with { CreatedAt = new DateTimeOffset(2027, 2, 3, 9, 30, 0, TimeSpan.Zero) })
            .TitlePage("Jaaranalyse klachten 2026", "Versie 1", ["Vastgesteld op 3 februari 2027", "Door A. Jansen"])
            .Heading("Samenvatting")
            .Paragraph(LongDutchText(800))
            .Bullets(["Eerste aanbeveling", "Tweede aanbeveling"])
            .Table(ComplaintTable(80))
            .Image(SmallChart(), 0.6)
            .Build();

        var first = Render();
        Thread.Sleep(1100); // a clock in the output would now show
        var second = Render();


        Assert.True(first.AsSpan().SequenceEqual(second), "two renderings of the same input differ");
    }

    [Fact]
    public void Different_content_gets_a_different_file_identifier()
    {
        static string Id(string paragraph)
        {
            var raw = System.Text.Encoding.Latin1.GetString(new PdfDocumentBuilder(Info).Paragraph(paragraph).Build());
            return Regex.Match(raw, @"/ID\s*\[\s*<([0-9A-Fa-f]+)>").Groups[1].Value;
        }

        var a = Id("Eerste versie");
        var b = Id("Tweede versie");

        Assert.NotEqual(string.Empty, a);
        Assert.NotEqual(a, b);
    }

    [Fact]
    public void The_creation_date_is_the_one_given_and_absent_otherwise()
    {
        var createdAt = new DateTimeOffset(2027, 2, 3, 9, 30, 0, TimeSpan.Zero);

        var dated = new PdfDocumentBuilder(Info with { CreatedAt = createdAt }).Paragraph("Tekst").Build();
        var undated = new PdfDocumentBuilder(Info).Paragraph("Tekst").Build();

        using (var document = UglyToad.PdfPig.PdfDocument.Open(dated))
        {
            Assert.True(document.Information.GetCreatedDateTimeOffset() is { } read && read.UtcDateTime == createdAt.UtcDateTime,
                $"creation date read back: {document.Information.CreationDate}");
            Assert.Equal(Title, document.Information.Title);
            Assert.Equal("A. Jansen", document.Information.Author);
        }

        using (var document = UglyToad.PdfPig.PdfDocument.Open(undated))
        {
            Assert.Null(document.Information.CreationDate);
        }
    }

    [Fact]
    public void Every_page_carries_the_office_name_in_its_header()
    {
        var pdf = new PdfDocumentBuilder(Info).Table(ComplaintTable(100)).Build();

        var pages = PdfText.Pages(pdf);
        Assert.True(pages.Count >= 2);
        Assert.All(pages, p => Assert.StartsWith("Gerechtsdeurwaarderskantoor Van Dijk", p.Text, StringComparison.Ordinal));
    }

    [Fact]
    public void The_title_page_stands_alone_and_the_content_starts_on_page_two()
    {
        var pdf = new PdfDocumentBuilder(Info)
            .TitlePage("Jaaranalyse klachten 2026", "Versie 2 (correctie)", ["Vastgesteld op 3 februari 2027"])
            .Heading("Inleiding")
            .Paragraph("Dit is de inleiding.")
            .Build();

        var pages = PdfText.Pages(pdf);
        Assert.Equal(2, pages.Count);
        Assert.Contains(
            "Jaaranalyse klachten 2026 Versie 2 (correctie) Vastgesteld op 3 februari 2027", pages[0].Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Inleiding", pages[0].Text, StringComparison.Ordinal);
        Assert.Contains("Inleiding Dit is de inleiding.", pages[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_break_starts_a_new_page_but_never_leaves_a_blank_one()
    {
        var pdf = new PdfDocumentBuilder(Info)
            .Paragraph("Eerste deel.").PageBreak().PageBreak()
            .Paragraph("Tweede deel.").PageBreak()
            .Build();

        var pages = PdfText.Pages(pdf);
        Assert.Equal(2, pages.Count);
        Assert.Contains("Eerste deel.", pages[0].Text, StringComparison.Ordinal);
        Assert.Contains("Tweede deel.", pages[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_document_is_one_page_with_its_footer()
    {
        var page = Assert.Single(PdfText.Pages(new PdfDocumentBuilder(new DocumentInfo("Leeg")).Build()));

        Assert.Contains("Pagina 1 van 1", page.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Right_aligned_columns_end_at_one_edge_and_long_cells_wrap_inside_their_column()
    {
        var longCell = LongDutchText(600);
        var table = new DocumentTable(
            ["Omschrijving", "Aantal"],
            [[longCell, "7"], ["Kort", "1.234"], ["Ook kort", "56"]],
            [ColumnAlignment.Left, ColumnAlignment.Right]);

        var pdf = new PdfDocumentBuilder(Info).Table(table).Build();

        var page = Assert.Single(PdfText.Pages(pdf));
        var numbers = page.Words.Where(w => w.Text is "7" or "1.234" or "56").ToList();
        Assert.Equal(3, numbers.Count);
        Assert.True(
            numbers.Max(w => w.BoundingBox.Right) - numbers.Min(w => w.BoundingBox.Right) < 0.5, "the numbers do not end at one edge");
        Assert.True(numbers.Max(w => w.BoundingBox.Left) - numbers.Min(w => w.BoundingBox.Left) > 5, "the numbers are not right-aligned");

        var longWords = page.Words.Where(w => Regex.IsMatch(w.Text, @"^\p{L}+\d+$")).ToList();
        Assert.Equal(longCell, PdfText.NumberedWords(longWords));
        var kort = page.Words.Single(w => w.Text == "Kort");
        Assert.All(longWords, w => Assert.True(w.BoundingBox.Bottom > kort.BoundingBox.Top, $"'{w.Text}' is not in the first row"));
        Assert.True(longWords.Select(w => Math.Round(w.BoundingBox.Bottom)).Distinct().Count() > 2, "the long cell is not wrapped");
        Assert.All(longWords, w => Assert.True(
            w.BoundingBox.Right < numbers.Min(n => n.BoundingBox.Left), $"'{w.Text}' runs into the number column"));
    }

    [Fact]
    public void A_row_taller_than_a_page_is_split_over_pages_without_losing_text()
    {
        var huge = LongDutchText(7000);
        var table = new DocumentTable(["Nr", "Toelichting"], [["1", "Kort"], ["2", huge], ["3", "Slot"]]);

        var pdf = new PdfDocumentBuilder(Info).Table(table).Build();

        var pages = PdfText.Pages(pdf);
        Assert.True(pages.Count >= 2, $"a 7000-character cell does not fit one page, got {pages.Count} page(s)");
        Assert.Equal(huge, PdfText.NumberedWords(pages.SelectMany(p => p.Words)));
        Assert.Equal(huge, PdfText.NumberedWords(PdfText.PopplerPages(pdf)));
        Assert.All(pages.Skip(1), p => Assert.Contains("Nr Toelichting", p.Text, StringComparison.Ordinal));
        Assert.Contains("Slot", pages[^1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Columns_are_fitted_to_the_page_however_wide_their_content()
    {
        var table = new DocumentTable(
            ["A", "B", "C", "D", "E", "F"],
            [Enumerable.Range(0, 6).Select(c => LongDutchText(120 + (c * 10))).ToArray()]);

        var pdf = new PdfDocumentBuilder(Info).Table(table).Build();

        var words = PdfText.Pages(pdf).SelectMany(p => p.Words).ToList();
        Assert.All(words, w => Assert.True(
            w.BoundingBox.Right <= RightContentEdge + 0.5, $"'{w.Text}' runs off at {w.BoundingBox.Right:0.0}"));
    }

    [Fact]
    public void Bullets_are_readable_each_after_its_bullet()
    {
        var pdf = new PdfDocumentBuilder(Info).Bullets(["Telefonisch contact opnemen", "Brief sturen binnen twee weken"]).Build();

        var text = PdfText.AllText(pdf);
        Assert.Contains("• Telefonisch contact opnemen", text, StringComparison.Ordinal);
        Assert.Contains("• Brief sturen binnen twee weken", text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_image_that_does_not_fit_the_rest_of_the_page_moves_to_the_next_page()
    {
        var chart = ChartRenderer.Png(new ChartSpec("Klachten", ChartKind.Bar, ["a", "b"], [new ChartSeries("2026", [1, 2])]), 800, 800);

        var pdf = new PdfDocumentBuilder(Info).Paragraph(LongDutchText(3500)).Image(chart).Build();

        var pages = PdfText.Pages(pdf);
        Assert.Equal(2, pages.Count);
        Assert.Equal(0, pages[0].Images);
        Assert.Equal(1, pages[1].Images);
    }

    [Fact]
    public void An_image_is_scaled_to_its_fraction_of_the_content_width()
    {
        var pdf = new PdfDocumentBuilder(Info).Image(SmallChart(), 0.5).Build();

        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        var image = Assert.Single(document.GetPage(1).GetImages());
        var contentWidth = 595.276 - 62.4 - 56.7;
        Assert.Equal(contentWidth * 0.5, image.BoundingBox.Width, 1);
        Assert.Equal(contentWidth * 0.5 * 300 / 400, image.BoundingBox.Height, 1);
    }

    [Fact]
    public void Documents_built_at_the_same_time_on_several_threads_are_each_complete_and_identical()
    {
        var pdfs = new byte[6][];
        Parallel.For(0, pdfs.Length, i =>
            pdfs[i] = new PdfDocumentBuilder(Info).Paragraph("Geëindigd – één cliënt, € 5").Table(ComplaintTable(60)).Build());

        Assert.All(pdfs, pdf => Assert.True(pdf.AsSpan().SequenceEqual(pdfs[0])));
        Assert.Contains("Geëindigd – één cliënt, € 5", PdfText.AllText(pdfs[0]), StringComparison.Ordinal);
    }

    [Fact]
    public void A_header_taller_than_a_page_still_lets_the_table_end()
    {
        var table = new DocumentTable([LongDutchText(9000), "Nr"], [["a", "1"], ["b", "2"]]);

        var pdf = new PdfDocumentBuilder(Info).Table(table).Build();

        var text = PdfText.AllText(pdf);
        Assert.Contains("a 1", text, StringComparison.Ordinal);
        Assert.Contains("b 2", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_table_without_rows_still_shows_its_header()
    {
        var pdf = new PdfDocumentBuilder(Info).Table(new DocumentTable(["Dossiernummer", "Omschrijving"], [])).Build();

        Assert.Contains("Dossiernummer Omschrijving", Assert.Single(PdfText.Pages(pdf)).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_heading_is_not_left_alone_at_the_foot_of_a_page()
    {
        // Paragraphs and bullets of different heights move the heading down in small steps, over the foot of page one.
        for (var before = 28; before <= 36; before++)
        {
            for (var bullets = 0; bullets <= 4; bullets++)
            {
                var builder = new PdfDocumentBuilder(Info);
                for (var i = 0; i < before; i++)
                {
                    builder.Paragraph($"Regel {i}");
                }

                builder.Bullets(Enumerable.Range(0, bullets).Select(b => $"Punt {b}").ToList());
                var pdf = builder.Heading("Conclusie").Paragraph("De klacht is gegrond.").Build();

                var page = PdfText.Pages(pdf).Single(p => p.Text.Contains("Conclusie", StringComparison.Ordinal));
                Assert.True(page.Text.Contains("Conclusie De klacht is gegrond.", StringComparison.Ordinal),
                    $"after {before} paragraphs and {bullets} bullets the heading stands alone on page {page.Number}");
            }
        }
    }

    [Fact]
    public void The_house_font_DejaVu_Sans_is_embedded_and_no_other()
    {
        var pdf = new PdfDocumentBuilder(Info).Heading("Kop").Paragraph("Tekst").Build();

        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        var fonts = document.GetPage(1).Letters.Select(l => l.FontName).Distinct().ToList();
        Assert.NotEmpty(fonts);
        Assert.All(fonts, f => Assert.Matches(@"^[A-Z]{6}\+DejaVu", f));
    }

    [Fact]
    public void An_image_that_is_not_a_PNG_is_refused_when_added()
    {
        var error = Assert.Throws<ArgumentException>(() => new PdfDocumentBuilder(Info).Image("GIF89a"u8.ToArray()));

        Assert.Equal("png", error.ParamName);
    }

    [Fact]
    public void Text_beyond_DejaVu_Sans_does_not_break_the_document()
    {
        var pdf = new PdfDocumentBuilder(Info).Paragraph("Klager schreef 😀 en 中文, daarna gewoon verder.").Build();

        Assert.Contains("daarna gewoon verder.", PdfText.AllText(pdf), StringComparison.Ordinal);
    }

    [Fact]
    public void Rows_that_do_not_match_the_header_are_refused_when_added()
    {
        var table = new DocumentTable(["A", "B"], [["1", "2"], ["3"]]);

        var error = Assert.Throws<ArgumentException>(() => new PdfDocumentBuilder(Info).Table(table));
        Assert.Contains("Row 2", error.Message, StringComparison.Ordinal);
    }
}

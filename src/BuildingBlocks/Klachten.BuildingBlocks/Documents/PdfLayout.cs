using PdfSharp.Drawing;
using PdfSharp.Pdf;
using static Klachten.BuildingBlocks.Documents.HouseStyle;

namespace Klachten.BuildingBlocks.Documents;

/// <summary>
/// Lays the blocks out on pages, top to bottom, with a cursor. Footers are drawn last, when the page count is known.
/// </summary>
internal sealed class PdfLayout(PdfDocument document, DocumentInfo info)
{
    private static readonly XFont Body = Font(BodySize);
    private static readonly XFont BodyBold = Font(BodySize, bold: true);
    private static readonly XFont Small = Font(8);
    private static readonly double BodyLine = Body.GetHeight() * BodyLeading;
    private static readonly double CellLine = Body.GetHeight() * 1.1;

    private readonly XBrush ink = new XSolidBrush(Ink);
    private readonly XBrush accent = new XSolidBrush(Accent);
    private readonly XBrush muted = new XSolidBrush(Muted);
    private readonly XPen rule = new(Rule, 0.5);

    private XGraphics? graphics;
    private double y;
    private bool pageHasContent;

    private XGraphics Page => graphics ?? NewPage();

    public void Render(IReadOnlyList<Block> blocks)
    {
        using var measureContext = XGraphics.CreateMeasureContext(new XSize(PageWidth, PageHeight), XGraphicsUnit.Point, XPageDirection.Downwards);
        var text = new TextLines(measureContext);
        foreach (Block block in blocks)
        {
            switch (block)
            {
                case TitlePageBlock t:
                    TitlePage(t, text);
                    break;
                case HeadingBlock h:
                    Heading(h, text);
                    break;
                case ParagraphBlock p:
                    Paragraph(p.Text, text);
                    break;
                case BulletsBlock b:
                    Bullets(b, text);
                    break;
                case TableBlock t:
                    Table(t, text);
                    break;
                case ImageBlock i:
                    Image(i);
                    break;
                case PageBreakBlock:
                    BreakPage();
                    break;
            }
        }

        if (document.PageCount == 0)
        {
            NewPage(); // a document without blocks still has its one page
        }

        graphics?.Dispose();
        graphics = null;
        Footers(text);
    }

    private XGraphics NewPage()
    {
        graphics?.Dispose();
        PdfPage page = document.AddPage();
        page.Width = XUnit.FromPoint(PageWidth);
        page.Height = XUnit.FromPoint(PageHeight);
        graphics = XGraphics.FromPdfPage(page);
        y = ContentTop;
        pageHasContent = false;
        if (!string.IsNullOrWhiteSpace(info.OfficeName))
        {
            graphics.DrawString(info.OfficeName, Small, muted, new XRect(MarginLeft, 40, ContentWidth, 12), XStringFormats.TopLeft);
            graphics.DrawLine(rule, MarginLeft, 54, PageWidth - MarginRight, 54);
        }

        return graphics;
    }

    private void BreakPage()
    {
        if (pageHasContent)
        {
            graphics?.Dispose();
            graphics = null;
        }
    }

    /// <summary>Room for <paramref name="height"/> below the cursor, or a new page; a fresh page takes what it gets.</summary>
    private XGraphics Room(double height)
    {
        XGraphics page = Page;
        if (pageHasContent && y + height > ContentBottom)
        {
            page = NewPage();
        }

        return page;
    }

    private void Gap(double space)
    {
        if (pageHasContent)
        {
            y += space;
        }
    }

    private void Line(XGraphics page, string line, XFont font, XBrush brush, double x, double width, double height, ColumnAlignment align)
    {
        XStringFormat format = align switch
        {
            ColumnAlignment.Right => XStringFormats.TopRight,
            ColumnAlignment.Center => XStringFormats.TopCenter,
            _ => XStringFormats.TopLeft,
        };
        if (line.Length > 0)
        {
            page.DrawString(line, font, brush, new XRect(x, y, width, height), format);
        }

        pageHasContent = true;
    }

    private void TitlePage(TitlePageBlock block, TextLines text)
    {
        BreakPage();
        XGraphics page = Page;
        y = ContentTop + 150;
        XFont titleFont = Font(24, bold: true);
        foreach (string line in text.Wrap(block.Title, titleFont, ContentWidth))
        {
            Line(page, line, titleFont, accent, MarginLeft, ContentWidth, titleFont.GetHeight(), ColumnAlignment.Left);
            y += titleFont.GetHeight() * 1.1;
        }

        if (!string.IsNullOrWhiteSpace(block.Subtitle))
        {
            y += 6;
            XFont subtitleFont = Font(14);
            foreach (string line in text.Wrap(block.Subtitle, subtitleFont, ContentWidth))
            {
                Line(page, line, subtitleFont, ink, MarginLeft, ContentWidth, subtitleFont.GetHeight(), ColumnAlignment.Left);
                y += subtitleFont.GetHeight() * 1.15;
            }
        }

        y += 14;
        page.DrawLine(new XPen(Accent, 1.2), MarginLeft, y, MarginLeft + ContentWidth * 0.4, y);
        y += 18;
        XFont linesFont = Font(11);
        foreach (string entry in block.Lines)
        {
            foreach (string line in text.Wrap(entry ?? string.Empty, linesFont, ContentWidth))
            {
                page = Room(linesFont.GetHeight());
                Line(page, line, linesFont, ink, MarginLeft, ContentWidth, linesFont.GetHeight(), ColumnAlignment.Left);
                y += linesFont.GetHeight() * 1.3;
            }
        }

        pageHasContent = true;
        BreakPage();
    }

    private void Heading(HeadingBlock block, TextLines text)
    {
        XFont font = Font(HeadingSize(block.Level), bold: true);
        double lineHeight = font.GetHeight() * 1.1;
        List<string> lines = text.Wrap(block.Text, font, ContentWidth);
        Gap(block.Level == 1 ? 16 : 10);
        // Keep the heading with at least three lines of what follows.
        XGraphics page = Room((lines.Count * lineHeight) + 4 + (3 * BodyLine));
        foreach (string line in lines)
        {
            page = Room(lineHeight);
            Line(page, line, font, block.Level == 1 ? accent : ink, MarginLeft, ContentWidth, lineHeight, ColumnAlignment.Left);
            y += lineHeight;
        }

        y += 4;
    }

    private void Paragraph(string value, TextLines text)
    {
        foreach (string line in text.Wrap(value, Body, ContentWidth))
        {
            XGraphics page = Room(BodyLine);
            Line(page, line, Body, ink, MarginLeft, ContentWidth, BodyLine, ColumnAlignment.Left);
            y += BodyLine;
        }

        y += ParagraphSpacing;
    }

    private void Bullets(BulletsBlock block, TextLines text)
    {
        double width = ContentWidth - BulletIndent;
        foreach (string item in block.Items)
        {
            bool first = true;
            foreach (string line in text.Wrap(item, Body, width))
            {
                XGraphics page = Room(BodyLine);
                if (first)
                {
                    Line(page, "\u2022", Body, accent, MarginLeft + 3, BulletIndent, BodyLine, ColumnAlignment.Left);
                    first = false;
                }

                Line(page, line, Body, ink, MarginLeft + BulletIndent, width, BodyLine, ColumnAlignment.Left);
                y += BodyLine;
            }

            y += BulletSpacing;
        }

        y += ParagraphSpacing - BulletSpacing;
    }

    private void Table(TableBlock table, TextLines text)
    {
        double[] widths = ColumnWidths(table, text);
        string[][] header = table.Header.Select((h, c) => text.Wrap(h, BodyBold, widths[c] - (2 * CellPaddingX)).ToArray()).ToArray();
        double headerHeight = (header.Max(h => h.Length) * CellLine) + (2 * CellPaddingY);
        double pageRoom = ContentBottom - ContentTop;

        void DrawHeader(XGraphics page)
        {
            page.DrawRectangle(new XSolidBrush(HeaderFill), MarginLeft, y, ContentWidth, headerHeight);
            DrawCells(page, header, BodyBold, 0, header.Max(h => h.Length));
            y += headerHeight;
            page.DrawLine(new XPen(Accent, 0.8), MarginLeft, y, MarginLeft + ContentWidth, y);
        }

        void DrawCells(XGraphics page, string[][] cells, XFont font, int from, int to)
        {
            double x = MarginLeft;
            double top = y;
            for (int c = 0; c < cells.Length; c++)
            {
                y = top + CellPaddingY;
                for (int l = from; l < Math.Min(to, cells[c].Length); l++)
                {
                    Line(page, cells[c][l], font, ink, x + CellPaddingX, widths[c] - (2 * CellPaddingX), CellLine, table.Alignments[c]);
                    y += CellLine;
                }

                x += widths[c];
            }

            y = top;
        }

        Gap(4);
        XGraphics page = Room(headerHeight + CellLine + (2 * CellPaddingY));
        DrawHeader(page);
        for (int r = 0; r < table.Rows.Length; r++)
        {
            string[][] cells = table.Rows[r].Select((cell, c) => text.Wrap(cell, Body, widths[c] - (2 * CellPaddingX)).ToArray()).ToArray();
            int lineCount = cells.Max(c => c.Length);
            int from = 0;
            bool freshPage = false;
            while (from < lineCount)
            {
                int remaining = lineCount - from;
                int fit = (int)Math.Floor((ContentBottom - y - (2 * CellPaddingY)) / CellLine);
                bool fitsFreshPage = (remaining * CellLine) + (2 * CellPaddingY) <= pageRoom - headerHeight;
                if (fit < remaining && (fitsFreshPage || fit < 1) && !freshPage)
                {
                    // Move the (rest of the) row to the next page, under a repeated header.
                    page = NewPage();
                    DrawHeader(page);
                    freshPage = true;
                    continue;
                }

                // A header that leaves no room at all still gets one line per page, so the table always ends.
                int to = from + Math.Clamp(fit, 1, remaining);
                freshPage = false;
                double height = ((to - from) * CellLine) + (2 * CellPaddingY);
                if (r % 2 == 1)
                {
                    page.DrawRectangle(new XSolidBrush(StripeFill), MarginLeft, y, ContentWidth, height);
                }

                DrawCells(page, cells, Body, from, to);
                y += height;
                page.DrawLine(rule, MarginLeft, y, MarginLeft + ContentWidth, y);
                from = to;
            }
        }

        y += BlockSpacing;
    }

    /// <summary>
    /// Narrow columns (numbers, dates, codes) get their whole line where they take no more than an equal share; the wide
    /// ones share the rest in proportion to their text, so the long texts wrap and the short ones do not. When even that
    /// would cut words, each column gets its longest word and the rest goes where text is still lacking.
    /// </summary>
    private static double[] ColumnWidths(TableBlock table, TextLines text)
    {
        int columns = table.Header.Length;
        var natural = new double[columns];
        var minimum = new double[columns];
        for (int c = 0; c < columns; c++)
        {
            natural[c] = text.Natural(table.Header[c], BodyBold);
            minimum[c] = text.LongestWord(table.Header[c], BodyBold);
            foreach (string[] row in table.Rows)
            {
                natural[c] = Math.Max(natural[c], text.Natural(row[c], Body));
                minimum[c] = Math.Max(minimum[c], text.LongestWord(row[c], Body));
            }

            natural[c] += 2 * CellPaddingX;
            minimum[c] = Math.Min(Math.Max(minimum[c] + (2 * CellPaddingX), 24), ContentWidth / 2);
            natural[c] = Math.Max(natural[c], minimum[c]);
        }

        double naturalSum = natural.Sum();
        if (naturalSum <= ContentWidth)
        {
            return natural.Select(n => n * ContentWidth / naturalSum).ToArray();
        }

        var widths = new double[columns];
        double remaining = ContentWidth;
        var open = Enumerable.Range(0, columns).OrderBy(c => natural[c]).ThenBy(c => c).ToList();
        while (open.Count > 0 && natural[open[0]] <= remaining / open.Count)
        {
            widths[open[0]] = natural[open[0]];
            remaining -= natural[open[0]];
            open.RemoveAt(0);
        }

        double openNatural = open.Sum(c => natural[c]);
        foreach (int c in open)
        {
            widths[c] = remaining * natural[c] / openNatural;
        }

        if (open.All(c => widths[c] >= minimum[c]))
        {
            return widths;
        }

        double minimumSum = minimum.Sum();
        if (minimumSum <= ContentWidth)
        {
            double extra = ContentWidth - minimumSum;
            double lacking = naturalSum - minimumSum;
            return minimum.Select((m, c) => m + (extra * (natural[c] - m) / lacking)).ToArray();
        }

        return minimum.Select(m => m * ContentWidth / minimumSum).ToArray();
    }

    private void Image(ImageBlock block)
    {
        using var stream = new MemoryStream(block.Png, writable: false);
        using XImage image = XImage.FromStream(stream);
        double width = ContentWidth * block.WidthFraction;
        double height = width * image.PixelHeight / image.PixelWidth;
        double maxHeight = ContentBottom - ContentTop;
        if (height > maxHeight)
        {
            width *= maxHeight / height;
            height = maxHeight;
        }

        Gap(4);
        XGraphics page = Room(height);
        page.DrawImage(image, MarginLeft + ((ContentWidth - width) / 2), y, width, height);
        pageHasContent = true;
        y += height + BlockSpacing;
    }

    private void Footers(TextLines text)
    {
        int count = document.PageCount;
        double top = ContentBottom + 22;
        for (int i = 0; i < count; i++)
        {
            using XGraphics page = XGraphics.FromPdfPage(document.Pages[i], XGraphicsPdfPageOptions.Append);
            page.DrawLine(rule, MarginLeft, top - 6, PageWidth - MarginRight, top - 6);
            string number = $"Pagina {i + 1} van {count}";
            double numberWidth = text.Width(number, Small);
            page.DrawString(number, Small, muted, new XRect(MarginLeft, top, ContentWidth, 12), XStringFormats.TopRight);
            string title = Fit(info.Title, Small, ContentWidth - numberWidth - 24, text);
            page.DrawString(title, Small, muted, new XRect(MarginLeft, top, ContentWidth, 12), XStringFormats.TopLeft);
        }
    }

    private static string Fit(string value, XFont font, double width, TextLines text)
    {
        string single = value.ReplaceLineEndings(" ");
        if (text.Width(single, font) <= width)
        {
            return single;
        }

        int length = single.Length;
        while (length > 1 && text.Width(single[..length] + "\u2026", font) > width)
        {
            length--;
        }

        return single[..length].TrimEnd() + "\u2026";
    }
}

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

    private readonly XBrush _ink = new XSolidBrush(Ink);
    private readonly XBrush _accent = new XSolidBrush(Accent);
    private readonly XBrush _muted = new XSolidBrush(Muted);
    private readonly XPen _rule = new(Rule, 0.5);

    private XGraphics? _graphics;
    private double _y;
    private bool _pageHasContent;

    private XGraphics Page => _graphics ?? NewPage();

    public void Render(IReadOnlyList<Block> blocks)
    {
        using var measureContext = XGraphics.CreateMeasureContext(
            new XSize(PageWidth, PageHeight), XGraphicsUnit.Point, XPageDirection.Downwards);
        var text = new TextLines(measureContext);
        foreach (var block in blocks)
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

        _graphics?.Dispose();
        _graphics = null;
        Footers(text);
    }

    private XGraphics NewPage()
    {
        _graphics?.Dispose();
        var page = document.AddPage();
        page.Width = XUnit.FromPoint(PageWidth);
        page.Height = XUnit.FromPoint(PageHeight);
        _graphics = XGraphics.FromPdfPage(page);
        _y = ContentTop;
        _pageHasContent = false;
        if (!string.IsNullOrWhiteSpace(info.OfficeName))
        {
            _graphics.DrawString(info.OfficeName, Small, _muted, new XRect(MarginLeft, 40, ContentWidth, 12), XStringFormats.TopLeft);
            _graphics.DrawLine(_rule, MarginLeft, 54, PageWidth - MarginRight, 54);
        }

        return _graphics;
    }

    private void BreakPage()
    {
        if (_pageHasContent)
        {
            _graphics?.Dispose();
            _graphics = null;
        }
    }

    /// <summary>Room for <paramref name="height"/> below the cursor, or a new page; a fresh page takes what it gets.</summary>
    private XGraphics Room(double height)
    {
        var page = Page;
        if (_pageHasContent && _y + height > ContentBottom)
        {
            page = NewPage();
        }

        return page;
    }

    private void Gap(double space)
    {
        if (_pageHasContent)
        {
            _y += space;
        }
    }

    private void Line(XGraphics page, string line, XFont font, XBrush brush, double x, double width, double height, ColumnAlignment align)
    {
        var format = align switch
        {
            ColumnAlignment.Right => XStringFormats.TopRight,
            ColumnAlignment.Center => XStringFormats.TopCenter,
            _ => XStringFormats.TopLeft,
        };
        if (line.Length > 0)
        {
            page.DrawString(line, font, brush, new XRect(x, _y, width, height), format);
        }

        _pageHasContent = true;
    }

    private void TitlePage(TitlePageBlock block, TextLines text)
    {
        BreakPage();
        var page = Page;
        _y = ContentTop + 150;
        var titleFont = Font(24, bold: true);
        foreach (var line in text.Wrap(block.Title, titleFont, ContentWidth))
        {
            Line(page, line, titleFont, _accent, MarginLeft, ContentWidth, titleFont.GetHeight(), ColumnAlignment.Left);
            _y += titleFont.GetHeight() * 1.1;
        }

        if (!string.IsNullOrWhiteSpace(block.Subtitle))
        {
            _y += 6;
            var subtitleFont = Font(14);
            foreach (var line in text.Wrap(block.Subtitle, subtitleFont, ContentWidth))
            {
                Line(page, line, subtitleFont, _ink, MarginLeft, ContentWidth, subtitleFont.GetHeight(), ColumnAlignment.Left);
                _y += subtitleFont.GetHeight() * 1.15;
            }
        }

        _y += 14;
        page.DrawLine(new XPen(Accent, 1.2), MarginLeft, _y, MarginLeft + ContentWidth * 0.4, _y);
        _y += 18;
        var linesFont = Font(11);
        foreach (var entry in block.Lines)
        {
            foreach (var line in text.Wrap(entry ?? string.Empty, linesFont, ContentWidth))
            {
                page = Room(linesFont.GetHeight());
                Line(page, line, linesFont, _ink, MarginLeft, ContentWidth, linesFont.GetHeight(), ColumnAlignment.Left);
                _y += linesFont.GetHeight() * 1.3;
            }
        }

        _pageHasContent = true;
        BreakPage();
    }

    private void Heading(HeadingBlock block, TextLines text)
    {
        var font = Font(HeadingSize(block.Level), bold: true);
        var lineHeight = font.GetHeight() * 1.1;
        var lines = text.Wrap(block.Text, font, ContentWidth);
        Gap(block.Level == 1 ? 16 : 10);
        // Keep the heading with at least three lines of what follows.
        var page = Room((lines.Count * lineHeight) + 4 + (3 * BodyLine));
        foreach (var line in lines)
        {
            page = Room(lineHeight);
            Line(page, line, font, block.Level == 1 ? _accent : _ink, MarginLeft, ContentWidth, lineHeight, ColumnAlignment.Left);
            _y += lineHeight;
        }

        _y += 4;
    }

    private void Paragraph(string value, TextLines text)
    {
        foreach (var line in text.Wrap(value, Body, ContentWidth))
        {
            var page = Room(BodyLine);
            Line(page, line, Body, _ink, MarginLeft, ContentWidth, BodyLine, ColumnAlignment.Left);
            _y += BodyLine;
        }

        _y += ParagraphSpacing;
    }

    private void Bullets(BulletsBlock block, TextLines text)
    {
        var width = ContentWidth - BulletIndent;
        foreach (var item in block.Items)
        {
            var first = true;
            foreach (var line in text.Wrap(item, Body, width))
            {
                var page = Room(BodyLine);
                if (first)
                {
                    Line(page, "\u2022", Body, _accent, MarginLeft + 3, BulletIndent, BodyLine, ColumnAlignment.Left);
                    first = false;
                }

                Line(page, line, Body, _ink, MarginLeft + BulletIndent, width, BodyLine, ColumnAlignment.Left);
                _y += BodyLine;
            }

            _y += BulletSpacing;
        }

        _y += ParagraphSpacing - BulletSpacing;
    }

    private void Table(TableBlock table, TextLines text)
    {
        var widths = ColumnWidths(table, text);
        var header = table.Header.Select((h, c) => text.Wrap(h, BodyBold, widths[c] - (2 * CellPaddingX)).ToArray()).ToArray();
        var headerHeight = (header.Max(h => h.Length) * CellLine) + (2 * CellPaddingY);
        var pageRoom = ContentBottom - ContentTop;

        void DrawHeader(XGraphics page)
        {
            page.DrawRectangle(new XSolidBrush(HeaderFill), MarginLeft, _y, ContentWidth, headerHeight);
            DrawCells(page, header, BodyBold, 0, header.Max(h => h.Length));
            _y += headerHeight;
            page.DrawLine(new XPen(Accent, 0.8), MarginLeft, _y, MarginLeft + ContentWidth, _y);
        }

        void DrawCells(XGraphics page, string[][] cells, XFont font, int from, int to)
        {
            var x = MarginLeft;
            var top = _y;
            for (var c = 0; c < cells.Length; c++)
            {
                _y = top + CellPaddingY;
                for (var l = from; l < Math.Min(to, cells[c].Length); l++)
                {
                    Line(page, cells[c][l], font, _ink, x + CellPaddingX, widths[c] - (2 * CellPaddingX), CellLine, table.Alignments[c]);
                    _y += CellLine;
                }

                x += widths[c];
            }

            _y = top;
        }

        Gap(4);
        var page = Room(headerHeight + CellLine + (2 * CellPaddingY));
        DrawHeader(page);
        for (var r = 0; r < table.Rows.Length; r++)
        {
            var cells = table.Rows[r].Select((cell, c) => text.Wrap(cell, Body, widths[c] - (2 * CellPaddingX)).ToArray()).ToArray();
            var lineCount = cells.Max(c => c.Length);
            var from = 0;
            var freshPage = false;
            while (from < lineCount)
            {
                var remaining = lineCount - from;
                var fit = (int)Math.Floor((ContentBottom - _y - (2 * CellPaddingY)) / CellLine);
                var fitsFreshPage = (remaining * CellLine) + (2 * CellPaddingY) <= pageRoom - headerHeight;
                if (fit < remaining && (fitsFreshPage || fit < 1) && !freshPage)
                {
                    // Move the (rest of the) row to the next page, under a repeated header.
                    page = NewPage();
                    DrawHeader(page);
                    freshPage = true;
                    continue;
                }

                // A header that leaves no room at all still gets one line per page, so the table always ends.
                var to = from + Math.Clamp(fit, 1, remaining);
                freshPage = false;
                var height = ((to - from) * CellLine) + (2 * CellPaddingY);
                if (r % 2 == 1)
                {
                    page.DrawRectangle(new XSolidBrush(StripeFill), MarginLeft, _y, ContentWidth, height);
                }

                DrawCells(page, cells, Body, from, to);
                _y += height;
                page.DrawLine(_rule, MarginLeft, _y, MarginLeft + ContentWidth, _y);
                from = to;
            }
        }

        _y += BlockSpacing;
    }

    /// <summary>
    /// Narrow columns (numbers, dates, codes) get their whole line where they take no more than an equal share; the wide
    /// ones share the rest in proportion to their text, so the long texts wrap and the short ones do not. When even that
    /// would cut words, each column gets its longest word and the rest goes where text is still lacking.
    /// </summary>
    private static double[] ColumnWidths(TableBlock table, TextLines text)
    {
        var columns = table.Header.Length;
        var natural = new double[columns];
        var minimum = new double[columns];
        for (var c = 0; c < columns; c++)
        {
            natural[c] = text.Natural(table.Header[c], BodyBold);
            minimum[c] = text.LongestWord(table.Header[c], BodyBold);
            foreach (var row in table.Rows)
            {
                natural[c] = Math.Max(natural[c], text.Natural(row[c], Body));
                minimum[c] = Math.Max(minimum[c], text.LongestWord(row[c], Body));
            }

            natural[c] += 2 * CellPaddingX;
            minimum[c] = Math.Min(Math.Max(minimum[c] + (2 * CellPaddingX), 24), ContentWidth / 2);
            natural[c] = Math.Max(natural[c], minimum[c]);
        }

        var naturalSum = natural.Sum();
        if (naturalSum <= ContentWidth)
        {
            return natural.Select(n => n * ContentWidth / naturalSum).ToArray();
        }

        var widths = new double[columns];
        var remaining = ContentWidth;
        var open = Enumerable.Range(0, columns).OrderBy(c => natural[c]).ThenBy(c => c).ToList();
        while (open.Count > 0 && natural[open[0]] <= remaining / open.Count)
        {
            widths[open[0]] = natural[open[0]];
            remaining -= natural[open[0]];
            open.RemoveAt(0);
        }

        var openNatural = open.Sum(c => natural[c]);
        foreach (var c in open)
        {
            widths[c] = remaining * natural[c] / openNatural;
        }

        if (open.All(c => widths[c] >= minimum[c]))
        {
            return widths;
        }

        var minimumSum = minimum.Sum();
        if (minimumSum <= ContentWidth)
        {
            var extra = ContentWidth - minimumSum;
            var lacking = naturalSum - minimumSum;
            return minimum.Select((m, c) => m + (extra * (natural[c] - m) / lacking)).ToArray();
        }

        return minimum.Select(m => m * ContentWidth / minimumSum).ToArray();
    }

    private void Image(ImageBlock block)
    {
        using var stream = new MemoryStream(block.Png, writable: false);
        using var image = XImage.FromStream(stream);
        var width = ContentWidth * block.WidthFraction;
        var height = width * image.PixelHeight / image.PixelWidth;
        var maxHeight = ContentBottom - ContentTop;
        if (height > maxHeight)
        {
            width *= maxHeight / height;
            height = maxHeight;
        }

        Gap(4);
        var page = Room(height);
        page.DrawImage(image, MarginLeft + ((ContentWidth - width) / 2), _y, width, height);
        _pageHasContent = true;
        _y += height + BlockSpacing;
    }

    private void Footers(TextLines text)
    {
        var count = document.PageCount;
        var top = ContentBottom + 22;
        for (var i = 0; i < count; i++)
        {
            using var page = XGraphics.FromPdfPage(document.Pages[i], XGraphicsPdfPageOptions.Append);
            page.DrawLine(_rule, MarginLeft, top - 6, PageWidth - MarginRight, top - 6);
            var number = $"Pagina {i + 1} van {count}";
            var numberWidth = text.Width(number, Small);
            page.DrawString(number, Small, _muted, new XRect(MarginLeft, top, ContentWidth, 12), XStringFormats.TopRight);
            var title = Fit(info.Title, Small, ContentWidth - numberWidth - 24, text);
            page.DrawString(title, Small, _muted, new XRect(MarginLeft, top, ContentWidth, 12), XStringFormats.TopLeft);
        }
    }

    private static string Fit(string value, XFont font, double width, TextLines text)
    {
        var single = value.ReplaceLineEndings(" ");
        if (text.Width(single, font) <= width)
        {
            return single;
        }

        var length = single.Length;
        while (length > 1 && text.Width(single[..length] + "\u2026", font) > width)
        {
            length--;
        }

        return single[..length].TrimEnd() + "\u2026";
    }
}

using System.Security.Cryptography;
using System.Text;
using Klachten.BuildingBlocks.Application;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using static Klachten.BuildingBlocks.Documents.HouseStyle;

namespace Klachten.BuildingBlocks.Documents;

/// <summary>
/// A letter as it is printed: the address block (name lines, street, postal code and place), the date it bears, the
/// reference ("Ons kenmerk"), the subject and the body from the greeting to the signature. Paragraphs of the body are
/// separated by an empty line; a single line break inside one (a signature, an address) is kept.
/// </summary>
public sealed record LetterSheet(IReadOnlyList<string> AddressLines, DateOnly Date, string Reference, string Subject, string Body);

/// <summary>
/// The office's printed letter in Dutch house style, the same for every module: the letterhead from the office profile,
/// the addressee in the window of a window envelope (NEN 1026: window 20 mm from the left edge and 50 mm from the top,
/// 90 by 40 mm), place and date, "Ons kenmerk" and "Onderwerp", the body, and "Pagina X van Y" when it takes more than
/// one page. The same letter gives the same bytes: nothing depends on the clock or on the machine.
/// </summary>
public static class LetterPdf
{
    public const string ContentType = "application/pdf";

    /// <summary>The NEN 1026 address window, in millimetres from the top left corner of the A4 sheet.</summary>
    public const double WindowLeftMm = 20;
    public const double WindowTopMm = 50;
    public const double WindowWidthMm = 90;
    public const double WindowHeightMm = 40;

    private const double Mm = 72 / 25.4;
    private const double Left = 22 * Mm;
    private const double Right = PageWidth - (20 * Mm);
    private const double Width = Right - Left;
    private const double Bottom = PageHeight - (25 * Mm);
    private const double ContinuationTop = 30 * Mm;
    private const double LabelWidth = 30 * Mm;
    private const int KeptLines = 6;

    private static readonly XFont OfficeFont = Font(14, bold: true);
    private static readonly XFont Small = Font(8);
    private static readonly XFont Body = Font(BodySize);
    private static readonly XFont Label = Font(BodySize, bold: true);
    private static readonly double LineHeight = Body.GetHeight() * BodyLeading;

    /// <summary>"KL-2026-000017-DecisionLetter.pdf": the file name a download is offered under.</summary>
    public static string FileName(string reference, string kind) => $"{reference}-{kind}.pdf";

    /// <summary>The address block of a letter: the addressee's name lines, then street and "postal code place" where known.</summary>
    public static IReadOnlyList<string> AddressLines(Addressee addressee, string? street, string? postalCode, string? city) =>
        [.. addressee.NameLines, .. new[] { street, $"{postalCode} {city}".Trim() }.Where(l => !string.IsNullOrWhiteSpace(l)).Select(l => l!.Trim())];

    public static byte[] Build(OfficeProfile office, LetterSheet letter)
    {
        ArgumentNullException.ThrowIfNull(office);
        ArgumentNullException.ThrowIfNull(letter);
        DocumentFonts.EnsurePdfFontResolver();
        var logo = office.LogoPath is { Length: > 0 } path && File.Exists(path) ? File.ReadAllBytes(path) : null;

        using var document = new PdfDocument();
        document.Info.Title = letter.Subject;
        document.Info.Author = office.Name;
        document.Info.Creator = "Klachten";
        document.Info.Elements.Remove("/CreationDate");
        var contentHash = ContentHash(office, letter, logo);
        string id = new(contentHash.Take(16).Select(b => (char)b).ToArray());
        document.Internals.FirstDocumentID = id;
        document.Internals.SecondDocumentID = id;

        new LetterLayout(document, office, letter, logo).Render();
        PdfDocumentBuilder.StableFontSubsetNames(document, contentHash);

        using var output = new MemoryStream();
        document.Save(output, closeStream: false);
        var pdf = output.ToArray();
        PdfDocumentBuilder.StableXmpMetadata(pdf, contentHash);
        return pdf;
    }

    private static byte[] ContentHash(OfficeProfile office, LetterSheet letter, byte[]? logo)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Add(string? text)
        {
            var bytes = Encoding.UTF8.GetBytes(text ?? "\0null");
            hash.AppendData(BitConverter.GetBytes(bytes.Length));
            hash.AppendData(bytes);
        }

        foreach (var part in (string?[])[office.Name, office.Street, office.PostalCode, office.City, office.Phone, office.Email, office.Website])
        {
            Add(part);
        }

        hash.AppendData(logo is null ? [0] : SHA256.HashData(logo));
        Array.ForEach(letter.AddressLines.ToArray(), Add);
        Add(letter.Date.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
        Add(letter.Reference);
        Add(letter.Subject);
        Add(letter.Body);
        return hash.GetHashAndReset();
    }

    /// <summary>The body's paragraphs: separated by empty lines, each with its own line breaks kept, outer blank lines dropped.</summary>
    internal static IReadOnlyList<string> Paragraphs(string body)
    {
        var paragraphs = new List<string>();
        var current = new List<string>();
        foreach (var line in (body ?? string.Empty).ReplaceLineEndings("\n").Split('\n'))
        {
            if (line.Trim().Length == 0)
            {
                if (current.Count > 0)
                {
                    paragraphs.Add(string.Join('\n', current));
                    current.Clear();
                }

                continue;
            }

            current.Add(line.TrimEnd());
        }

        if (current.Count > 0)
        {
            paragraphs.Add(string.Join('\n', current));
        }

        return paragraphs;
    }

    private sealed class LetterLayout(PdfDocument document, OfficeProfile office, LetterSheet letter, byte[]? logo)
    {
        private readonly XBrush _ink = new XSolidBrush(Ink);
        private readonly XBrush _accent = new XSolidBrush(Accent);
        private readonly XBrush _muted = new XSolidBrush(Muted);
        private readonly XPen _rule = new(Rule, 0.5);
        private XGraphics? _page;
        private double _y;

        public void Render()
        {
            using var measure = XGraphics.CreateMeasureContext(new XSize(PageWidth, PageHeight), XGraphicsUnit.Point, XPageDirection.Downwards);
            var text = new TextLines(measure);
            _page = AddPage();
            Letterhead(text);
            AddressBlock(text);

            _y = 100 * Mm;
            var date = DutchDates.Long(letter.Date);
            Draw(office.City is { Length: > 0 } city ? $"{city.Trim()}, {date}" : date, Body, _ink, Left);
            _y += LineHeight * 2;
            Labelled("Ons kenmerk", letter.Reference, text);
            Labelled("Onderwerp", letter.Subject, text);
            _y += LineHeight * 1.5;

            var paragraphs = Paragraphs(letter.Body).Select(p => text.Wrap(p, Body, Width)).ToList();
            for (var i = 0; i < paragraphs.Count; i++)
            {
                // A short paragraph is not split over two pages, and the closing stays with the signature under it.
                var keep = i == paragraphs.Count - 2 ? paragraphs[i].Count + 1 + paragraphs[i + 1].Count : paragraphs[i].Count;
                if ((keep <= KeptLines || i == paragraphs.Count - 2) && _y + (keep * LineHeight) > Bottom
                    && ContinuationTop + (keep * LineHeight) <= Bottom)
                {
                    NextPage(text);
                }

                foreach (var line in paragraphs[i])
                {
                    if (_y + LineHeight > Bottom)
                    {
                        NextPage(text);
                    }

                    Draw(line, Body, _ink, Left);
                    _y += LineHeight;
                }

                _y += LineHeight;
            }

            _page.Dispose();
            _page = null;
            PageNumbers(text);
        }

        private void NextPage(TextLines text)
        {
            _page!.Dispose();
            _page = AddPage();
            Continuation(text);
        }

        private XGraphics AddPage()
        {
            var page = document.AddPage();
            page.Width = XUnit.FromPoint(PageWidth);
            page.Height = XUnit.FromPoint(PageHeight);
            return XGraphics.FromPdfPage(page);
        }

        private void Letterhead(TextLines text)
        {
            var logoWidth = 0.0;
            if (logo is not null)
            {
                using var stream = new MemoryStream(logo, writable: false);
                using var image = XImage.FromStream(stream);
                var height = 18 * Mm;
                var width = height * image.PixelWidth / image.PixelHeight;
                if (width > 60 * Mm)
                {
                    height *= 60 * Mm / width;
                    width = 60 * Mm;
                }

                logoWidth = width + (6 * Mm);
                _page!.DrawImage(image, Right - width, 12 * Mm, width, height);
            }

            _y = 14 * Mm;
            foreach (var line in text.Wrap(office.Name, OfficeFont, Width - logoWidth))
            {
                Draw(line, OfficeFont, _accent, Left);
                _y += OfficeFont.GetHeight() * 1.1;
            }

            _y += 2;
            var contact = string.Join("   ", new[]
            {
                office.Phone is { Length: > 0 } phone ? $"T {phone}" : null,
                office.Email is { Length: > 0 } email ? $"E {email}" : null,
                office.Website is { Length: > 0 } website ? $"I {website}" : null,
            }.Where(p => p is not null));
            foreach (var line in new[] { office.AddressLine, contact }.Where(l => !string.IsNullOrWhiteSpace(l)))
            {
                foreach (var wrapped in text.Wrap(line!, Small, Width - logoWidth))
                {
                    Draw(wrapped, Small, _muted, Left);
                    _y += Small.GetHeight() * 1.25;
                }
            }

            _y += 3;
            _page!.DrawLine(_rule, Left, _y, Right, _y);
        }

        /// <summary>Inside the window with a margin of 2 mm at the left and 4 mm at the top; lines cut to the window's width.</summary>
        private void AddressBlock(TextLines text)
        {
            var left = (WindowLeftMm + 2) * Mm;
            var width = (WindowWidthMm - 4) * Mm;
            var bottom = (WindowTopMm + WindowHeightMm - 2) * Mm;
            _y = (WindowTopMm + 4) * Mm;
            foreach (var line in letter.AddressLines.SelectMany(l => text.Wrap(l, Body, width)))
            {
                if (_y + LineHeight > bottom)
                {
                    break;
                }

                Draw(line, Body, _ink, left);
                _y += LineHeight;
            }
        }

        private void Labelled(string label, string value, TextLines text)
        {
            Draw(label, Label, _ink, Left);
            foreach (var line in text.Wrap(value, Body, Width - LabelWidth))
            {
                Draw(line, Body, _ink, Left + LabelWidth);
                _y += LineHeight;
            }
        }

        private void Continuation(TextLines text)
        {
            _y = 14 * Mm;
            var header = $"{office.Name} · Ons kenmerk {letter.Reference}";
            foreach (var line in text.Wrap(header, Small, Width))
            {
                Draw(line, Small, _muted, Left);
                _y += Small.GetHeight() * 1.25;
            }

            _page!.DrawLine(_rule, Left, _y + 2, Right, _y + 2);
            _y = ContinuationTop;
        }

        private void PageNumbers(TextLines text)
        {
            var count = document.PageCount;
            if (count < 2)
            {
                return;
            }

            for (var i = 0; i < count; i++)
            {
                using var page = XGraphics.FromPdfPage(document.Pages[i], XGraphicsPdfPageOptions.Append);
                var number = $"Pagina {i + 1} van {count}";
                page.DrawString(number, Small, _muted, new XRect(Right - text.Width(number, Small), PageHeight - (15 * Mm), Width, 12),
                    XStringFormats.TopLeft);
            }
        }

        private void Draw(string line, XFont font, XBrush brush, double x)
        {
            if (line.Length > 0)
            {
                _page!.DrawString(line, font, brush, new XRect(x, _y, Right - x, font.GetHeight()), XStringFormats.TopLeft);
            }
        }
    }
}

using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using PdfSharp.Pdf;

namespace Klachten.BuildingBlocks.Documents;

/// <summary>
/// The house's PDF: A4, DejaVu Sans, the office name in the header, the title and "Pagina X van Y" in every footer.
/// Blocks flow from page to page in the order they are added. The same input gives the same bytes (published versions are
/// stored and compared byte for byte), so nothing in it depends on the clock or on the machine.
/// </summary>
/// <example>
/// <code>
/// byte[] pdf = new PdfDocumentBuilder(new DocumentInfo("Jaaranalyse 2026", "Klachten", "A. Jansen"))
///     .TitlePage("Jaaranalyse klachten 2026", "Versie 1", ["Vastgesteld op 3 februari 2027"])
///     .Heading("Samenvatting")
///     .Paragraph("In 2026 ontvingen wij ...")
///     .Table(new DocumentTable(["Maand", "Aantal"], rows, [ColumnAlignment.Left, ColumnAlignment.Right]))
///     .Image(ChartRenderer.Png(spec), 0.8)
///     .Build();
/// </code>
/// </example>
public sealed partial class PdfDocumentBuilder
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private readonly DocumentInfo _info;
    private readonly List<Block> _blocks = [];

    public PdfDocumentBuilder(DocumentInfo info)
    {
        ArgumentNullException.ThrowIfNull(info);
        ArgumentException.ThrowIfNullOrWhiteSpace(info.Title, nameof(info));
        _info = info;
    }

    /// <summary>A page of its own: the title large, the subtitle under it, then the lines (dates, version, author).</summary>
    public PdfDocumentBuilder TitlePage(string title, string? subtitle = null, IReadOnlyList<string>? lines = null)
    {
        ArgumentNullException.ThrowIfNull(title);
        _blocks.Add(new TitlePageBlock(title, subtitle, lines?.ToArray() ?? []));
        return this;
    }

    /// <summary>A heading (level 1, 2 or 3); it is never left alone at the foot of a page.</summary>
    public PdfDocumentBuilder Heading(string text, int level = 1)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(level, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(level, 3);
        _blocks.Add(new HeadingBlock(text, level));
        return this;
    }

    /// <summary>Body text, wrapped to the page; a line break in the text starts a new line.</summary>
    public PdfDocumentBuilder Paragraph(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        _blocks.Add(new ParagraphBlock(text));
        return this;
    }

    public PdfDocumentBuilder Bullets(IReadOnlyList<string> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        _blocks.Add(new BulletsBlock(items.Select(i => i ?? string.Empty).ToArray()));
        return this;
    }

    /// <summary>
    /// A table over the content width: columns fitted to their content, long cells wrapped, the header row repeated on every
    /// page, rows continued on the next page (a row taller than a page is split).
    /// </summary>
    public PdfDocumentBuilder Table(DocumentTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        table.Validate(nameof(table));
        _blocks.Add(new TableBlock(
            table.Header.Select(h => h ?? string.Empty).ToArray(),
            table.Rows.Select(r => r.Select(c => c ?? string.Empty).ToArray()).ToArray(),
            Enumerable.Range(0, table.Header.Count).Select(table.AlignmentOf).ToArray()));
        return this;
    }

    /// <summary>
    /// A PNG (a chart), centred, <paramref name="widthFraction"/> of the content width; on the next page when it does not fit.
    /// </summary>
    public PdfDocumentBuilder Image(byte[] png, double widthFraction = 1.0)
    {
        ArgumentNullException.ThrowIfNull(png);
        if (!png.AsSpan().StartsWith(PngSignature))
        {
            throw new ArgumentException("The image is not a PNG.", nameof(png));
        }

        if (!(widthFraction > 0 && widthFraction <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(widthFraction), widthFraction, "The width fraction lies in (0, 1].");
        }

        _blocks.Add(new ImageBlock((byte[])png.Clone(), widthFraction));
        return this;
    }

    /// <summary>What follows starts on a new page. On a page that is still empty it does nothing: no blank pages.</summary>
    public PdfDocumentBuilder PageBreak()
    {
        _blocks.Add(new PageBreakBlock());
        return this;
    }

    public byte[] Build()
    {
        DocumentFonts.EnsurePdfFontResolver();
        using var document = new PdfDocument();
        document.Info.Title = _info.Title;
        if (_info.Subtitle is { } subtitle)
        {
            document.Info.Subject = subtitle;
        }

        if (_info.Author is { } author)
        {
            document.Info.Author = author;
        }

        document.Info.Creator = "Klachten";
        // PDFsharp stamps "now" as the creation date and a random GUID as the file identifier; both would make two
        // renderings of the same document differ. The identifier becomes a hash of the content instead.
        document.Info.Elements.Remove("/CreationDate");
        if (_info.CreatedAt is { } createdAt)
        {
            document.Info.CreationDate = createdAt.UtcDateTime;
        }

        var contentHash = ContentHash();
        // PdfInternals takes the identifier as a string of byte values, one char per byte.
        string id = new(contentHash.Take(16).Select(b => (char)b).ToArray());
        document.Internals.FirstDocumentID = id;
        document.Internals.SecondDocumentID = id;

        new PdfLayout(document, _info).Render(_blocks);
        StableFontSubsetNames(document, contentHash);

        using var output = new MemoryStream();
        document.Save(output, closeStream: false);
        var pdf = output.ToArray();
        StableXmpMetadata(pdf, contentHash);
        return pdf;
    }

    /// <summary>
    /// PDFsharp writes its XMP metadata while saving, with two random UUIDs and, without a creation date, the year 1 in the
    /// machine's time zone. They are overwritten in place, byte for byte the same length, so no offset in the file moves.
    /// </summary>
    internal static void StableXmpMetadata(byte[] pdf, byte[] contentHash)
    {
        Span<byte> bytes = pdf;
        foreach ((var marker, var salt) in (ReadOnlySpan<(string, byte)>)[("<xmpMM:DocumentID>uuid:", 1), ("<xmpMM:InstanceID>uuid:", 2)])
        {
            var at = bytes.IndexOf(Encoding.ASCII.GetBytes(marker));
            if (at < 0)
            {
                continue;
            }

            var seed = SHA256.HashData([.. contentHash, salt]);
            var uuid = new Guid(seed.AsSpan(0, 16)).ToString("D");
            Encoding.ASCII.GetBytes(uuid).CopyTo(bytes[(at + marker.Length)..]);
        }

        foreach (var element in (string[])["xmp:CreateDate", "xmp:ModifyDate"])
        {
            var open = Encoding.ASCII.GetBytes($"<{element}>0001-01-01");
            var at = bytes.IndexOf(open);
            if (at < 0)
            {
                continue;
            }

            var close = Encoding.ASCII.GetBytes($"</{element}>");
            var end = bytes[at..].IndexOf(close) + at + close.Length;
            bytes[at..end].Fill((byte)' ');
        }
    }

    /// <summary>
    /// PDFsharp names each embedded font subset with a random six-letter tag ("TLOEST+DejaVuSans"); the tag only has to
    /// differ between the subsets of one file, so it is replaced by one derived from the content and the subset's order.
    /// </summary>
    internal static void StableFontSubsetNames(PdfDocument document, byte[] contentHash)
    {
        var tags = new Dictionary<string, string>(StringComparer.Ordinal);
        var dictionaries = document.Internals.GetAllObjects()
            .OfType<PdfDictionary>()
            .OrderBy(d => d.Reference?.ObjectNumber ?? int.MaxValue)
            .ToList();
        foreach (var dictionary in dictionaries)
        {
            foreach (var key in (string[])["/BaseFont", "/FontName"])
            {
                var name = dictionary.Elements.GetName(key);
                var subset = SubsetName().Match(name);
                if (!subset.Success)
                {
                    continue;
                }

                var random = subset.Groups[1].Value;
                if (!tags.TryGetValue(random, out var stable))
                {
                    var seed = SHA256.HashData([.. contentHash, .. BitConverter.GetBytes(tags.Count)]);
                    stable = new string(seed.Take(6).Select(b => (char)('A' + (b % 26))).ToArray());
                    tags.Add(random, stable);
                }

                dictionary.Elements.SetName(key, "/" + stable + "+" + subset.Groups[2].Value);
            }
        }
    }

    [GeneratedRegex(@"^/([A-Z]{6})\+(.+)$", RegexOptions.CultureInvariant)]
    private static partial Regex SubsetName();

    private byte[] ContentHash()
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Add(string? text)
        {
            var bytes = Encoding.UTF8.GetBytes(text ?? "\0null");
            hash.AppendData(BitConverter.GetBytes(bytes.Length));
            hash.AppendData(bytes);
        }

        Add(_info.Title);
        Add(_info.Subtitle);
        Add(_info.Author);
        Add(_info.OfficeName);
        Add(_info.CreatedAt?.ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture));
        foreach (var block in _blocks)
        {
            Add(block.GetType().Name);
            switch (block)
            {
                case TitlePageBlock t:
                    Add(t.Title);
                    Add(t.Subtitle);
                    Array.ForEach(t.Lines, Add);
                    break;
                case HeadingBlock h:
                    Add(h.Text);
                    Add(h.Level.ToString(System.Globalization.CultureInfo.InvariantCulture));
                    break;
                case ParagraphBlock p:
                    Add(p.Text);
                    break;
                case BulletsBlock b:
                    Array.ForEach(b.Items, Add);
                    break;
                case TableBlock t:
                    Array.ForEach(t.Header, Add);
                    Add(string.Join(",", t.Alignments));
                    foreach (var row in t.Rows)
                    {
                        Array.ForEach(row, Add);
                    }

                    break;
                case ImageBlock i:
                    hash.AppendData(SHA256.HashData(i.Png));
                    Add(i.WidthFraction.ToString("R", System.Globalization.CultureInfo.InvariantCulture));
                    break;
            }
        }

        return hash.GetHashAndReset();
    }
}

internal abstract record Block;

internal sealed record TitlePageBlock(string Title, string? Subtitle, string[] Lines) : Block;

internal sealed record HeadingBlock(string Text, int Level) : Block;

internal sealed record ParagraphBlock(string Text) : Block;

internal sealed record BulletsBlock(string[] Items) : Block;

internal sealed record TableBlock(string[] Header, string[][] Rows, ColumnAlignment[] Alignments) : Block;

internal sealed record ImageBlock(byte[] Png, double WidthFraction) : Block;

internal sealed record PageBreakBlock : Block;

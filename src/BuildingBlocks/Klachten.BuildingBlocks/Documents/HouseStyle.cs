using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Klachten.BuildingBlocks.Documents;

/// <summary>The office's page: A4, DejaVu Sans 10 pt body, navy headings, quiet grey rules. One place to change it.</summary>
internal static class HouseStyle
{
    public const double PageWidth = 595.276;  // A4 in points
    public const double PageHeight = 841.89;
    public const double MarginLeft = 62.4;    // 22 mm
    public const double MarginRight = 56.7;   // 20 mm
    public const double MarginTop = 76.5;     // 27 mm: room for the header
    public const double MarginBottom = 70.9;  // 25 mm: room for the footer
    public const double ContentWidth = PageWidth - MarginLeft - MarginRight;
    public const double ContentTop = MarginTop;
    public const double ContentBottom = PageHeight - MarginBottom;

    public const double BodySize = 10;
    public const double BodyLeading = 1.2;
    public const double ParagraphSpacing = 6;
    public const double BulletIndent = 14;
    public const double BulletSpacing = 2;
    public const double CellPaddingX = 4;
    public const double CellPaddingY = 3;
    public const double BlockSpacing = 10;

    public static readonly XColor Ink = XColor.FromArgb(33, 33, 33);
    public static readonly XColor Accent = XColor.FromArgb(31, 78, 121);
    public static readonly XColor Muted = XColor.FromArgb(105, 105, 105);
    public static readonly XColor Rule = XColor.FromArgb(190, 190, 190);
    public static readonly XColor HeaderFill = XColor.FromArgb(223, 231, 240);
    public static readonly XColor StripeFill = XColor.FromArgb(246, 248, 250);

    private static readonly XPdfFontOptions Unicode = new(PdfFontEncoding.Unicode);

    public static XFont Font(double size, bool bold = false, bool italic = false) =>
        new(DocumentFonts.Family, size, (bold, italic) switch
        {
            (false, false) => XFontStyleEx.Regular,
            (true, false) => XFontStyleEx.Bold,
            (false, true) => XFontStyleEx.Italic,
            (true, true) => XFontStyleEx.BoldItalic,
        }, Unicode);

    public static double HeadingSize(int level) => level switch
    {
        1 => 16,
        2 => 13,
        _ => 11,
    };
}

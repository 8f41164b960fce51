using System.Reflection;
using PdfSharp.Fonts;

namespace Klachten.BuildingBlocks.Documents;

/// <summary>
/// DejaVu Sans, shipped inside this assembly (licence in Fonts/LICENSE-DejaVu.txt), so that documents look the same on every
/// machine and in a container without any font package. PDFsharp on Linux finds no system fonts by itself.
/// </summary>
internal static class DocumentFonts
{
    public const string Family = "DejaVu Sans";

    private const string ResourcePrefix = "Klachten.BuildingBlocks.Documents.Fonts.";

    private static readonly Lazy<byte[]> Regular = new(() => Load("DejaVuSans.ttf"));
    private static readonly Lazy<byte[]> Bold = new(() => Load("DejaVuSans-Bold.ttf"));
    private static readonly Lazy<byte[]> Italic = new(() => Load("DejaVuSans-Oblique.ttf"));
    private static readonly Lazy<byte[]> BoldItalic = new(() => Load("DejaVuSans-BoldOblique.ttf"));

    private static readonly Lock Gate = new();
    private static bool _pdfFontsInstalled;

    public static byte[] Face(bool bold, bool italic) => (bold, italic) switch
    {
        (false, false) => Regular.Value,
        (true, false) => Bold.Value,
        (false, true) => Italic.Value,
        (true, true) => BoldItalic.Value,
    };

    /// <summary>PDFsharp takes one global font resolver, set before its first font is used; every builder calls this first.</summary>
    public static void EnsurePdfFontResolver()
    {
        if (Volatile.Read(ref _pdfFontsInstalled))
        {
            return;
        }

        lock (Gate)
        {
            if (_pdfFontsInstalled)
            {
                return;
            }

            switch (GlobalFontSettings.FontResolver)
            {
                case null:
                    GlobalFontSettings.FontResolver = new DejaVuFontResolver();
                    break;
                case DejaVuFontResolver:
                    break;
                default:
                    throw new InvalidOperationException(
                        "Another PDFsharp font resolver is installed; the documents building block serves the house fonts itself.");
            }

            Volatile.Write(ref _pdfFontsInstalled, true);
        }
    }

    private static byte[] Load(string fileName)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourcePrefix + fileName)
            ?? throw new InvalidOperationException(
                $"The font {fileName} is not embedded in {Assembly.GetExecutingAssembly().GetName().Name}.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }

    /// <summary>Every family name gets DejaVu Sans: a document never fails, or changes, because a font name is unknown here.</summary>
    private sealed class DejaVuFontResolver : IFontResolver
    {
        public FontResolverInfo ResolveTypeface(string familyName, bool bold, bool italic) =>
            new(FaceName(bold, italic));

        public byte[] GetFont(string faceName) => faceName switch
        {
            "DejaVuSans" => Face(false, false),
            "DejaVuSans-Bold" => Face(true, false),
            "DejaVuSans-Oblique" => Face(false, true),
            "DejaVuSans-BoldOblique" => Face(true, true),
            _ => Face(false, false),
        };

        private static string FaceName(bool bold, bool italic) => (bold, italic) switch
        {
            (false, false) => "DejaVuSans",
            (true, false) => "DejaVuSans-Bold",
            (false, true) => "DejaVuSans-Oblique",
            (true, true) => "DejaVuSans-BoldOblique",
        };
    }
}

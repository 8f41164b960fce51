using ScottPlot;
using SkiaSharp;

namespace Klachten.BuildingBlocks.Documents;

/// <summary>
/// Gives ScottPlot the embedded DejaVu Sans, ahead of its own resolvers, so charts use the PDFs' font without asking the
/// machine's fontconfig (SkiaSharp's NoDependencies build has none, and a container may have no font package at all).
/// </summary>
internal static class ChartFonts
{
    private static readonly Lock Gate = new();
    private static bool _installed;

    public static void EnsureInstalled()
    {
        if (Volatile.Read(ref _installed))
        {
            return;
        }

        lock (Gate)
        {
            if (_installed)
            {
                return;
            }

            Fonts.FontResolvers.Insert(0, new EmbeddedResolver());
            Volatile.Write(ref _installed, true);
        }
    }

    private sealed class EmbeddedResolver : ScottPlot.IFontResolver
    {
        public SKTypeface? CreateTypeface(string fontName, bool bold, bool italic) =>
            string.Equals(fontName, DocumentFonts.Family, StringComparison.OrdinalIgnoreCase)
                ? SKTypeface.FromData(SKData.CreateCopy(DocumentFonts.Face(bold, italic)))
                : null;

        public SKTypeface? CreateTypeface(string fontName, FontWeight weight, FontSlant slant, FontSpacing spacing) =>
            CreateTypeface(fontName, weight >= FontWeight.SemiBold, slant != FontSlant.Upright);
    }
}

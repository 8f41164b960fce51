using System.Text;
using PdfSharp.Drawing;

namespace Klachten.BuildingBlocks.Documents;

/// <summary>Word wrap: breaks at spaces, keeps the writer's line breaks, and cuts a word that is wider than the line itself.</summary>
internal sealed class TextLines(XGraphics measure)
{
    public double Width(string text, XFont font) => text.Length == 0 ? 0 : measure.MeasureString(text, font).Width;

    public List<string> Wrap(string text, XFont font, double width)
    {
        var lines = new List<string>();
        foreach (var paragraph in Normalise(text).Split('\n'))
        {
            var words = paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length == 0)
            {
                lines.Add(string.Empty);
                continue;
            }

            var line = string.Empty;
            foreach (var word in words)
            {
                foreach (var piece in Pieces(word, font, width))
                {
                    var candidate = line.Length == 0 ? piece : line + " " + piece;
                    if (line.Length == 0 || Width(candidate, font) <= width)
                    {
                        line = candidate;
                    }
                    else
                    {
                        lines.Add(line);
                        line = piece;
                    }
                }
            }

            lines.Add(line);
        }

        return lines;
    }

    /// <summary>The widest single word: a table column is never made narrower than this if the page allows.</summary>
    public double LongestWord(string text, XFont font) =>
        Normalise(text).Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries).Select(w => Width(w, font)).DefaultIfEmpty(0).Max();

    /// <summary>The widest line when nothing is wrapped.</summary>
    public double Natural(string text, XFont font) =>
        Normalise(text).Split('\n').Select(l => Width(l, font)).DefaultIfEmpty(0).Max();

    private IEnumerable<string> Pieces(string word, XFont font, double width)
    {
        if (Width(word, font) <= width)
        {
            yield return word;
            yield break;
        }

        var piece = new StringBuilder();
        var elements = System.Globalization.StringInfo.GetTextElementEnumerator(word);
        while (elements.MoveNext())
        {
            var element = elements.GetTextElement();
            if (piece.Length > 0 && Width(piece + element, font) > width)
            {
                yield return piece.ToString();
                piece.Clear();
            }

            piece.Append(element);
        }

        if (piece.Length > 0)
        {
            yield return piece.ToString();
        }
    }

    private static string Normalise(string text) =>
        (text ?? string.Empty).Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Replace('\t', ' ');
}

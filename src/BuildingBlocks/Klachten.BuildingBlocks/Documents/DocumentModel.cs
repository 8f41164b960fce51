namespace Klachten.BuildingBlocks.Documents;

/// <summary>What every page of a document carries: the title in the footer, the office name in the header (where given).</summary>
/// <param name="Title">The document's title: in every footer and in the PDF's metadata.</param>
/// <param name="Subtitle">Stored as the PDF's subject.</param>
/// <param name="Author">Stored as the PDF's author.</param>
public sealed record DocumentInfo(string Title, string? Subtitle = null, string? Author = null)
{
    /// <summary>The office's name, printed at the top of every page; no header when null.</summary>
    public string? OfficeName { get; init; }

    /// <summary>
    /// The PDF's creation date. Null leaves the date out, so that the same content always gives the same bytes;
    /// give the moment the document stands for (a publication), never "now", when versions are compared byte for byte.
    /// </summary>
    public DateTimeOffset? CreatedAt { get; init; }
}

public enum ColumnAlignment
{
    Left,
    Right,
    Center,
}

/// <summary>A table of text cells: in a PDF the header repeats on every page; in a spreadsheet it is the first row.</summary>
/// <param name="Header">One text per column.</param>
/// <param name="Rows">Each row has exactly one cell per column.</param>
/// <param name="Alignments">One per column (numbers usually <see cref="ColumnAlignment.Right"/>); null aligns all left.</param>
public sealed record DocumentTable(
    IReadOnlyList<string> Header,
    IReadOnlyList<IReadOnlyList<string>> Rows,
    IReadOnlyList<ColumnAlignment>? Alignments = null)
{
    internal void Validate(string paramName)
    {
        ArgumentNullException.ThrowIfNull(Header, paramName);
        ArgumentNullException.ThrowIfNull(Rows, paramName);
        if (Header.Count == 0)
        {
            throw new ArgumentException("A table needs at least one column.", paramName);
        }

        if (Alignments is not null && Alignments.Count != Header.Count)
        {
            throw new ArgumentException(
                $"The table has {Header.Count} columns but {Alignments.Count} alignments.", paramName);
        }

        for (var i = 0; i < Rows.Count; i++)
        {
            if (Rows[i] is null || Rows[i].Count != Header.Count)
            {
                throw new ArgumentException(
                    $"Row {i + 1} has {Rows[i]?.Count ?? 0} cells; the header has {Header.Count} columns.", paramName);
            }
        }
    }

    internal ColumnAlignment AlignmentOf(int column) => Alignments?[column] ?? ColumnAlignment.Left;
}

using System.Globalization;
using System.IO.Compression;
using System.Text.RegularExpressions;
using MiniExcelLibs;

namespace Klachten.BuildingBlocks.Documents;

/// <summary>One sheet of a workbook: the table's header is its first row.</summary>
public sealed record SpreadsheetSheet(string Name, DocumentTable Table);

/// <summary>
/// XLSX workbooks, one sheet per <see cref="SpreadsheetSheet"/>. A cell whose text is a number is written as a number, so
/// that the spreadsheet can sum it: "12", "-3", "4.5" and "4,5" (Dutch) are numbers; "007", "1.234.567", "12 %" and
/// dates stay text. Write numbers without thousands separators.
/// </summary>
public static partial class SpreadsheetWriter
{
    private const int MaxSheetName = 31;

    // Keeps a byte order mark that is there (decoded as U+FEFF) and adds none.
    private static readonly System.Text.UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static byte[] Write(IReadOnlyList<SpreadsheetSheet> sheets)
    {
        ArgumentNullException.ThrowIfNull(sheets);
        if (sheets.Count == 0)
        {
            throw new ArgumentException("A workbook needs at least one sheet.", nameof(sheets));
        }

        var workbook = new Dictionary<string, object>(StringComparer.OrdinalIgnoreCase);
        foreach (var sheet in sheets)
        {
            ArgumentNullException.ThrowIfNull(sheet, nameof(sheets));
            ArgumentNullException.ThrowIfNull(sheet.Table, nameof(sheets));
            sheet.Table.Validate(nameof(sheets));
            var name = SheetName(sheet.Name, workbook.Keys);
            workbook.Add(name, Rows(sheet.Table));
        }

        using var output = new MemoryStream();
        output.SaveAs(workbook, printHeader: true, excelType: ExcelType.XLSX);
        return WithoutTimestamps(output);
    }

    /// <summary>
    /// MiniExcel stamps every part of the package with the current time and names its relationships with random GUIDs;
    /// repacked with one fixed time and numbered relationships, the same workbook gives the same bytes, like the PDFs.
    /// </summary>
    private static byte[] WithoutTimestamps(MemoryStream package)
    {
        var fixedTime = new DateTimeOffset(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var relationships = new Dictionary<string, string>(StringComparer.Ordinal);
        package.Position = 0;
        using var stable = new MemoryStream();
        using (var source = new ZipArchive(package, ZipArchiveMode.Read, leaveOpen: true))
        using (var target = new ZipArchive(stable, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                var copy = target.CreateEntry(entry.FullName, CompressionLevel.Optimal);
                copy.LastWriteTime = fixedTime;
                using var from = entry.Open();
                using var content = new MemoryStream();
                from.CopyTo(content);
                var bytes = content.ToArray();
                if (entry.FullName.EndsWith(".xml", StringComparison.Ordinal) || entry.FullName.EndsWith(".rels", StringComparison.Ordinal))
                {
                    var xml = RandomRelationshipId().Replace(Utf8.GetString(bytes), m =>
                    {
                        if (!relationships.TryGetValue(m.Value, out var numbered))
                        {
                            numbered = "R" + (relationships.Count + 1).ToString("x32", CultureInfo.InvariantCulture);
                            relationships.Add(m.Value, numbered);
                        }

                        return numbered;
                    });
                    bytes = Utf8.GetBytes(xml);
                }

                using var to = copy.Open();
                to.Write(bytes);
            }
        }

        return stable.ToArray();
    }

    /// <summary>The cell's value as the spreadsheet should hold it: a number when the text is one, otherwise the text.</summary>
    internal static object? CellValue(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        var trimmed = text.Trim();
        if (Number().IsMatch(trimmed)
            && decimal.TryParse(trimmed.Replace(',', '.'), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint,
                CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        return text;
    }

    private static List<Dictionary<string, object?>> Rows(DocumentTable table)
    {
        var keys = new List<string>();
        foreach (var header in table.Header)
        {
            var key = string.IsNullOrWhiteSpace(header) ? $"Kolom {keys.Count + 1}" : header.Trim();
            var unique = key;
            for (var n = 2; keys.Contains(unique, StringComparer.OrdinalIgnoreCase); n++)
            {
                unique = $"{key} ({n})";
            }

            keys.Add(unique);
        }

        return table.Rows
            .Select(row =>
            {
                var values = new Dictionary<string, object?>(keys.Count);
                for (var c = 0; c < keys.Count; c++)
                {
                    values[keys[c]] = CellValue(row[c]);
                }

                return values;
            })
            .ToList();
    }

    /// <summary>Excel's rules: at most 31 characters, none of []:*?/\, unique regardless of letter case.</summary>
    private static string SheetName(string? requested, IEnumerable<string> taken)
    {
        var name = InvalidSheetCharacters().Replace(requested ?? string.Empty, "-").Trim().Trim('\'');
        if (name.Length == 0)
        {
            name = "Blad";
        }

        name = name.Length > MaxSheetName ? name[..MaxSheetName] : name;
        var existing = new HashSet<string>(taken, StringComparer.OrdinalIgnoreCase);
        var unique = name;
        for (var n = 2; existing.Contains(unique); n++)
        {
            var suffix = $" ({n})";
            unique = (name.Length + suffix.Length > MaxSheetName ? name[..(MaxSheetName - suffix.Length)] : name) + suffix;
        }

        return unique;
    }

    // At most 15 significant digits before the separator: what a spreadsheet's double holds exactly. A leading zero
    // (a case number, a phone number) keeps the text.
    [GeneratedRegex(@"^-?(0|[1-9][0-9]{0,14})([.,][0-9]{1,10})?$", RegexOptions.CultureInvariant)]
    private static partial Regex Number();

    [GeneratedRegex(@"\bR[0-9a-f]{32}\b", RegexOptions.CultureInvariant)]
    private static partial Regex RandomRelationshipId();

    [GeneratedRegex(@"[\[\]:*?/\\]", RegexOptions.CultureInvariant)]
    private static partial Regex InvalidSheetCharacters();
}

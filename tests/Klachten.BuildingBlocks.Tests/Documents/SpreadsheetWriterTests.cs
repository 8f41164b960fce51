using Klachten.BuildingBlocks.Documents;
using MiniExcelLibs;

namespace Klachten.BuildingBlocks.Tests.Documents;

public sealed class SpreadsheetWriterTests
{
    private static readonly DocumentTable Complaints = new(
        ["Dossiernummer", "Categorie", "Aantal", "Bedrag", "Ontvangen"],
        [
            ["K-2026-0001", "Communicatie", "3", "125,50", "2026-03-16"],
            ["K-2026-0002", "Coördinatie é ó €", "12", "-4.25", "16 maart 2026"],
            ["007", "", "0", "1.234.567", "12 %"],
        ],
        [ColumnAlignment.Left, ColumnAlignment.Left, ColumnAlignment.Right, ColumnAlignment.Right, ColumnAlignment.Left]);

    [Fact]
    public void Read_back_the_sheet_has_the_header_and_the_same_cells_with_numbers_as_numbers()
    {
        var xlsx = SpreadsheetWriter.Write([new SpreadsheetSheet("Klachten", Complaints)]);

        using var stream = new MemoryStream(xlsx);
        var rows = stream.Query(useHeaderRow: false, sheetName: "Klachten").Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(4, rows.Count);
        Assert.Equal(["Dossiernummer", "Categorie", "Aantal", "Bedrag", "Ontvangen"], rows[0].Values.Select(v => v as string));

        Assert.Equal("K-2026-0001", rows[1]["A"]);
        Assert.Equal("Communicatie", rows[1]["B"]);
        Assert.Equal(3d, Assert.IsType<double>(rows[1]["C"]));
        Assert.Equal(125.5d, Assert.IsType<double>(rows[1]["D"]));
        Assert.Equal("2026-03-16", rows[1]["E"]);

        Assert.Equal("Coördinatie é ó €", rows[2]["B"]);
        Assert.Equal(12d, Assert.IsType<double>(rows[2]["C"]));
        Assert.Equal(-4.25d, Assert.IsType<double>(rows[2]["D"]));
        Assert.Equal("16 maart 2026", rows[2]["E"]);

        Assert.Equal("007", rows[3]["A"]);
        Assert.Null(rows[3]["B"]);
        Assert.Equal(0d, Assert.IsType<double>(rows[3]["C"]));
        Assert.Equal("1.234.567", rows[3]["D"]);
        Assert.Equal("12 %", rows[3]["E"]);
    }

    [Fact]
    public void Each_sheet_gets_its_own_tab_in_the_given_order()
    {
        var perMonth = new DocumentTable(["Maand", "Aantal"], [["januari", "4"], ["februari", "7"]]);

        var xlsx = SpreadsheetWriter.Write([new SpreadsheetSheet("Klachten", Complaints), new SpreadsheetSheet("Per maand", perMonth)]);

        using var stream = new MemoryStream(xlsx);
        Assert.Equal(["Klachten", "Per maand"], stream.GetSheetNames());
        var months = stream.Query(useHeaderRow: true, sheetName: "Per maand").Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(["januari", "februari"], months.Select(r => r["Maand"]));
        Assert.Equal(11d, months.Sum(r => (double)r["Aantal"]!));
    }

    [Fact]
    public void Sheet_names_are_made_valid_and_unique()
    {
        var table = new DocumentTable(["A"], [["1"]]);

        var xlsx = SpreadsheetWriter.Write(
        [
            new SpreadsheetSheet("Klachten 2026/2027: [overzicht] per categorie en maand", table),
            new SpreadsheetSheet("klachten 2026-2027- -overzicht- per categorie en maand", table),
            new SpreadsheetSheet("", table),
        ]);

        using var stream = new MemoryStream(xlsx);
        var names = stream.GetSheetNames();
        Assert.Equal(3, names.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(names, n => Assert.True(n.Length is > 0 and <= 31 && n.IndexOfAny(['[', ']', ':', '*', '?', '/', '\\']) < 0, n));
        Assert.Equal("Klachten 2026-2027- -overzicht-", names[0]);
    }

    [Fact]
    public void Duplicate_header_names_keep_every_column()
    {
        var table = new DocumentTable(["Aantal", "Aantal", ""], [["1", "2", "3"]]);

        var xlsx = SpreadsheetWriter.Write([new SpreadsheetSheet("Blad", table)]);

        using var stream = new MemoryStream(xlsx);
        var rows = stream.Query(useHeaderRow: false).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(["Aantal", "Aantal (2)", "Kolom 3"], rows[0].Values.Select(v => v as string));
        Assert.Equal([1d, 2d, 3d], rows[1].Values.Select(v => (double)v!));
    }

    [Theory]
    [InlineData("42", 42.0)]
    [InlineData("-7", -7.0)]
    [InlineData("0", 0.0)]
    [InlineData("3.5", 3.5)]
    [InlineData("3,5", 3.5)]
    [InlineData(" 12 ", 12.0)]
    [InlineData("999999999999999", 999999999999999.0)]
    public void Text_that_is_a_number_becomes_a_number(string text, double expected)
    {
        Assert.Equal((decimal)expected, Assert.IsType<decimal>(SpreadsheetWriter.CellValue(text)));
    }

    [Theory]
    [InlineData("007")]
    [InlineData("0612345678")]
    [InlineData("1.234.567")]
    [InlineData("1.234,56")]
    [InlineData("12 %")]
    [InlineData("2026-03-16")]
    [InlineData("€ 12,50")]
    [InlineData("1e5")]
    [InlineData("1234567890123456")]
    [InlineData("K-2026-0001")]
    public void Text_that_only_looks_like_a_number_stays_text(string text)
    {
        Assert.Equal(text, SpreadsheetWriter.CellValue(text));
    }

    [Fact]
    public void The_same_workbook_twice_gives_identical_bytes()
    {
        SpreadsheetSheet[] sheets = [new("Klachten", Complaints), new("Tweede", new DocumentTable(["A"], [["1"]]))];

        var first = SpreadsheetWriter.Write(sheets);
        Thread.Sleep(2100); // zip entries keep their time to two seconds
        var second = SpreadsheetWriter.Write(sheets);

        Assert.True(first.AsSpan().SequenceEqual(second), "two workbooks of the same sheets differ");
    }

    [Fact]
    public void A_workbook_without_sheets_is_refused()
    {
        Assert.Throws<ArgumentException>(() => SpreadsheetWriter.Write([]));
    }
}

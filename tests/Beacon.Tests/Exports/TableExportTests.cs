using System.IO.Compression;
using System.Text;
using Beacon.Web.Exports;
using CsvHelper;
using MiniExcelLibs;

namespace Beacon.Tests.Exports;

public class TableExportTests
{
    private sealed record Row(string Name, int? Count, double? Share);

    private static readonly ExportColumn<Row>[] Columns =
    [
        new("Name", r => r.Name),
        new("Count", r => r.Count),
        new("Share", r => r.Share),
    ];

    [Fact]
    public void ToCsv_AnyRows_StartsWithUtf8ByteOrderMarkAndHeader()
    {
        var bytes = TableExport.ToCsv([new Row("Alder", 1, 2.5)], Columns);

        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        Assert.StartsWith("Name,Count,Share\r\nAlder,1,2.5\r\n", Encoding.UTF8.GetString(bytes[3..]));
    }

    [Fact]
    public void ToCsv_CommasQuotesAndLineBreaks_QuotedAndReadBackIntact()
    {
        var tricky = "Smith, \"Jo\"\nsecond line";

        var bytes = TableExport.ToCsv([new Row(tricky, null, -0.5)], Columns);

        using var reader = CsvReader.Create(bytes, new CsvReaderOptions { HasHeader = true });
        Assert.True(reader.Read());
        Assert.Equal(tricky, reader.GetString(0));
        Assert.Equal("", reader.GetString(1));
        Assert.Equal("-0.5", reader.GetString(2));
        Assert.False(reader.Read());
    }

    [Fact]
    public void ToCsv_DecimalNumbers_UseInvariantCultureWhateverTheThreadCulture()
    {
        var previous = Thread.CurrentThread.CurrentCulture;
        Thread.CurrentThread.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
        try
        {
            var text = Encoding.UTF8.GetString(TableExport.ToCsv([new Row("A", 1234, 12.5)], Columns));

            Assert.Contains("A,1234,12.5", text);
        }
        finally
        {
            Thread.CurrentThread.CurrentCulture = previous;
        }
    }

    [Fact]
    public void ToCsv_FormulaInText_NeutralisedButNegativeNumberKept()
    {
        var text = Encoding.UTF8.GetString(TableExport.ToCsv([new Row("=cmd|' /C calc'!A0", -3, -1.5)], Columns));

        Assert.Contains("'=cmd|' /C calc'!A0,-3,-1.5", text);
    }

    [Fact]
    public void ToXlsx_Rows_ReadBackWithHeadersTextAndNumbers()
    {
        var bytes = TableExport.ToXlsx([new Row("=HYPERLINK(\"http://x\")", 40, 12.5), new Row("Birch", null, null)], Columns);

        var rows = MiniExcel.Query(new MemoryStream(bytes), useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();

        Assert.Equal(2, rows.Count);
        Assert.Equal(["Name", "Count", "Share"], rows[0].Keys);
        Assert.Equal("'=HYPERLINK(\"http://x\")", rows[0]["Name"]);
        Assert.Equal(40d, Convert.ToDouble(rows[0]["Count"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(12.5, Convert.ToDouble(rows[0]["Share"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("Birch", rows[1]["Name"]);
        Assert.Null(rows[1]["Count"]);
    }

    [Fact]
    public void ToXlsx_NumbersAndFormulaLikeText_NoCellIsAFormulaAndNumbersAreNumericCells()
    {
        var bytes = TableExport.ToXlsx([new Row("$=1+1", 7, null), new Row("=1+1", -2, 0.25)], Columns);

        var sheet = SheetXml(bytes);
        Assert.DoesNotContain("<f>", sheet);
        Assert.DoesNotContain(":f>", sheet);
        Assert.Matches("<(x:)?c [^>]*t=\"n\"[^>]*>\\s*<(x:)?v>-2</(x:)?v>", sheet);
    }

    [Fact]
    public void ToXlsx_NoRows_StillHasHeaderRow()
    {
        var bytes = TableExport.ToXlsx([], Columns);

        var header = MiniExcel.Query(new MemoryStream(bytes)).Cast<IDictionary<string, object?>>().First();
        Assert.Equal(["Name", "Count", "Share"], header.Values.Select(v => v?.ToString()));
    }

    [Fact]
    public void Create_Xlsx_NamesFileAndContentType()
    {
        var file = TableExport.Create([new Row("A", 1, 1)], Columns, ExportFormat.Xlsx, "schools");

        Assert.Equal("schools.xlsx", file.FileName);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", file.ContentType);
    }

    [Theory]
    [InlineData("csv", ExportFormat.Csv)]
    [InlineData("XLSX", ExportFormat.Xlsx)]
    public void TryParse_KnownFormat_Recognised(string value, ExportFormat expected)
    {
        Assert.True(ExportFormats.TryParse(value, out var format));
        Assert.Equal(expected, format);
    }

    [Theory]
    [InlineData("pdf")]
    [InlineData(null)]
    public void TryParse_UnknownFormat_Refused(string? value) => Assert.False(ExportFormats.TryParse(value, out _));

    internal static string SheetXml(byte[] xlsx)
    {
        using var zip = new ZipArchive(new MemoryStream(xlsx));
        var entry = zip.Entries.First(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal) && e.FullName.EndsWith(".xml", StringComparison.Ordinal));
        using var reader = new StreamReader(entry.Open());
        return reader.ReadToEnd();
    }
}

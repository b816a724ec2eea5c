using System.Text;
using Beacon.Web.Features.SelfAssessment;
using CsCheck;

namespace Beacon.Tests.Features.SelfAssessment;

public class SelfAssessmentExportTests
{
    private sealed record Row(string Name, int Level, double Share);

    private static readonly ExportColumn<Row>[] Columns =
    [
        new("Name", r => r.Name),
        new("Level", r => r.Level),
        new("Share", r => r.Share),
    ];

    [Fact]
    public void Create_Csv_Utf8WithBomInvariantNumbersAndFormulasNeutralised()
    {
        var file = SelfAssessmentExport.Create([new Row("=HYPERLINK(\"http://x\")", 3, 12.5), new Row("Zoë, \"quoted\"", -1, -0.25)], Columns, xlsx: false, "results");

        Assert.Equal("results.csv", file.FileName);
        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), file.Content[..3]);
        var text = Encoding.UTF8.GetString(file.Content[3..]);
        Assert.Equal("Name,Level,Share\r\n\"'=HYPERLINK(\"\"http://x\"\")\",3,12.5\r\n\"Zoë, \"\"quoted\"\"\",-1,-0.25\r\n", text);
    }

    [Fact]
    public void Create_Xlsx_KeepsHeaderAndNumbers()
    {
        var file = SelfAssessmentExport.Create([new Row("+SUM(A1)", 2, 0.5)], Columns, xlsx: true, "results");

        using var stream = new MemoryStream(file.Content);
        var rows = MiniExcelLibs.MiniExcel.Query(stream, useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        var row = Assert.Single(rows);
        Assert.Equal("'+SUM(A1)", row["Name"]);
        Assert.Equal(2d, Convert.ToDouble(row["Level"], System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Neutralise_AnyText_NeverStartsWithAFormulaCharacter()
    {
        Gen.String.Sample(text =>
        {
            var safe = SelfAssessmentExport.Neutralise(text);
            return safe.Length == 0 || safe[0] is not ('=' or '+' or '-' or '@' or '\t' or '\r');
        });
    }
}

using Beacon.Web.Exports;
using CsCheck;
using CsvHelper;
using MiniExcelLibs;

namespace Beacon.Tests.Exports;

/// <summary>Whatever text an import brings, no exported text cell starts a formula and nothing is lost but the apostrophe.</summary>
public class FormulaGuardPropertyTests
{
    // Weighted towards the characters that matter: formula starts, quotes, separators and line breaks.
    private static readonly Gen<string> Text = Gen.String[Gen.Char["=+-@\t\r\n\",;'$ aZ9é"], 0, 12];

    private static readonly ExportColumn<string[]>[] Columns =
    [
        new("First", r => r[0]),
        new("Second", r => r[1]),
    ];

    private static readonly Gen<string[][]> Rows = Text.Array[2].Array[1, 8];

    [Fact]
    public void Neutralise_AnyText_NeverStartsWithFormulaCharacterAndStripsBackToOriginal() =>
        Text.Sample(text =>
        {
            var safe = FormulaGuard.Neutralise(text);
            Assert.False(FormulaGuard.IsDangerous(safe));
            Assert.Equal(text, safe.StartsWith('\'') && FormulaGuard.IsDangerous(text) ? safe[1..] : safe);
        });

    [Fact]
    public void ToCsv_AnyRows_NoTextCellBeginsWithFormulaCharacter() =>
        Rows.Sample(rows =>
        {
            using var reader = CsvReader.Create(TableExport.ToCsv(rows, Columns), new CsvReaderOptions { HasHeader = true });
            var read = 0;
            while (reader.Read())
            {
                for (var i = 0; i < 2; i++)
                {
                    var cell = reader.GetString(i);
                    Assert.False(FormulaGuard.IsDangerous(cell), $"CSV cell starts a formula: {cell}");
                    Assert.Equal(FormulaGuard.Neutralise(rows[read][i]), cell);
                }
                read++;
            }
            Assert.Equal(rows.Length, read);
        }, iter: 300);

    [Fact]
    public void ToXlsx_AnyRows_NoTextCellBeginsWithFormulaCharacter() =>
        Rows.Sample(rows =>
        {
            var cells = MiniExcel.Query(new MemoryStream(TableExport.ToXlsx(rows, Columns)), useHeaderRow: true)
                .Cast<IDictionary<string, object?>>()
                .SelectMany(r => r.Values)
                .OfType<string>()
                .ToList();
            Assert.All(cells, cell => Assert.False(FormulaGuard.IsDangerous(cell), $"XLSX cell starts a formula: {cell}"));
        }, iter: 60);
}

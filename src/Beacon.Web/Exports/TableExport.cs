using System.Data;
using System.Globalization;
using CsvHelper;
using MiniExcelLibs;

namespace Beacon.Web.Exports;

/// <summary>Writes rows as CSV or XLSX through column definitions, every cell passing <see cref="ExportCell"/>.</summary>
public static class TableExport
{
    // Injection stays off here: FormulaGuard does it for both formats alike, and leaves numbers alone.
    private static readonly CsvWriterOptions CsvOptions = new()
    {
        FormatProvider = CultureInfo.InvariantCulture,
        WriteByteOrderMark = true,
        NewLine = "\r\n",
        Injection = CsvInjection.None,
    };

    public static ExportFile Create<T>(IEnumerable<T> rows, IReadOnlyList<ExportColumn<T>> columns, ExportFormat format, string name) =>
        new(format == ExportFormat.Xlsx ? ToXlsx(rows, columns) : ToCsv(rows, columns),
            format.ContentType(),
            $"{name}.{format.Extension()}");

    /// <summary>UTF-8 with a byte-order mark, which is what makes Excel read the file as UTF-8 and not the local code page.</summary>
    public static byte[] ToCsv<T>(IEnumerable<T> rows, IReadOnlyList<ExportColumn<T>> columns)
    {
        using var stream = new MemoryStream();
        using (var csv = CsvWriter.Create(stream, CsvOptions, leaveOpen: true))
        {
            foreach (var column in columns)
            {
                csv.WriteField(FormulaGuard.Neutralise(column.Header));
            }
            csv.EndRecord();
            foreach (var row in rows)
            {
                foreach (var column in columns)
                {
                    csv.WriteField(ExportCell.From(column.Value(row)));
                }
                csv.EndRecord();
            }
        }
        return stream.ToArray();
    }

    public static byte[] ToXlsx<T>(IEnumerable<T> rows, IReadOnlyList<ExportColumn<T>> columns)
    {
        // A DataTable keeps the header row even when there are no rows to export.
        using var table = new DataTable("Export");
        foreach (var column in columns)
        {
            table.Columns.Add(FormulaGuard.Neutralise(column.Header), typeof(object));
        }
        foreach (var row in rows)
        {
            table.Rows.Add(columns.Select(c => ExportCell.From(c.Value(row)) ?? DBNull.Value).ToArray());
        }
        using var stream = new MemoryStream();
        stream.SaveAs(table, sheetName: "Export", excelType: ExcelType.XLSX);
        return stream.ToArray();
    }
}
